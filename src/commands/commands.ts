/**
 * Ribbon commands (FunctionFile commands.html). The ribbon button "Typologie berechnen" runs
 * `computeTypologie`, registered below under the FunctionName from manifest.xml: a full run on the
 * default table with the method stored in the workbook, without opening the task pane. It never
 * overwrites sheets the user changed: then it only says that the pane must be opened.
 */
import { DEFAULT_TABLE } from '../excel/read-input';
import { officeHost } from '../excel/host';
import { workbookApi } from '../excel/workbook-api';
import { APP_VERSION } from '../taskpane/app-version';
import { languageOf } from '../taskpane/host-settings';
import { failureMessage, NotificationMessage, outcomeMessage } from './command-message';
import { showNotification } from './notify';

async function computeTypologie(event: Office.AddinCommands.Event): Promise<void> {
  const lang = languageOf(Office.context.displayLanguage);
  let message: NotificationMessage;
  try {
    const outcome = await workbookApi(officeHost()).compute({
      source: { table: DEFAULT_TABLE },
      lang,
      runAt: new Date().toISOString(),
      appVersion: APP_VERSION,
    });
    message = outcomeMessage(outcome, lang);
  } catch (error) {
    console.error('Kooperationsmonitor: computeTypologie failed', error);
    message = failureMessage(error, lang);
  }
  try {
    await showNotification({ ...message, lang });
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate('computeTypologie', computeTypologie);
});
