import { Text } from '../../core/model/text';
import { AppError } from '../../excel/app-error';
import { ACTION, ActionId, UI, fill } from '../texts';

/** A message for the user: what happened and what to do next, in both languages (the pane may switch). */
export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  title: Text;
  body: Text;
}

/** The user's message of an AppError; anything else gets a plain "did not work, try again" (its text goes to the log only). */
export function noticeFromError(error: unknown, action: ActionId): Notice {
  const title = fill(UI.actionFailedTitle, { action: ACTION[action] });
  if (error instanceof AppError) return { intent: 'error', title, body: error.user };
  console.error(`Kooperationsmonitor: ${ACTION[action].en} failed`, error);
  return { intent: 'error', title, body: UI.actionFailedBody };
}

/** The user's text of an AppError, or null for any other error. */
export function userText(error: unknown): Text | null {
  return error instanceof AppError ? error.user : null;
}
