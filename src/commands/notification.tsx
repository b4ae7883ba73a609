/**
 * notification.html: the message of the ribbon command, shown in an Office dialog. The text comes in the
 * URL query and reaches the page through React. "Schließen" asks the command (messageParent) to close it.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { parseNotification } from './notification-query';
import { NotificationView } from './NotificationView';

function render(canClose: boolean): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('Notification root element #root is missing');
  const page = parseNotification(window.location.search);
  document.documentElement.lang = page.lang;
  document.title = page.title;
  const close = () => Office.context.ui.messageParent('close');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <NotificationView page={page} {...(canClose ? { onClose: close } : {})} />
    </FluentProvider>,
  );
}

if (typeof Office === 'undefined') render(false);
else void Office.onReady(() => render(true));
