/**
 * Shows a message without the task pane. Excel has no notificationMessages API (that is Outlook's), so
 * the command opens notification.html in an Office dialog (Office.context.ui.displayDialogAsync) and
 * closes it after a few seconds, or when the page asks (its "Schließen" button) or the user closes it.
 */
import { notificationUrl, NotificationPage } from './notification-query';

/** How long the message stays; long enough to read two sentences. */
export const NOTIFICATION_MS = 8000;

export function showNotification(page: NotificationPage, base = window.location.href): Promise<void> {
  return new Promise((resolve) => {
    const url = notificationUrl(base, page);
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        // E.g. 12007: another dialog is open. The workbook is computed either way; the message goes to the log.
        console.warn('Kooperationsmonitor: notification not shown', result.error.code, page.title, page.text);
        resolve();
        return;
      }
      const dialog = result.value;
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        clearTimeout(timer);
        dialog.close();
        resolve();
      };
      const timer = setTimeout(close, NOTIFICATION_MS);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        // The user closed the dialog (12006) or it failed to load: nothing left to close.
        open = false;
        clearTimeout(timer);
        resolve();
      });
    });
  });
}
