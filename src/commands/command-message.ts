/** The ribbon command's outcome in words (pure, so it is tested without Office). */
import { RULE_LABEL } from '../core/describe';
import { Lang } from '../core/model/text';
import { AppError } from '../excel/app-error';
import type { ComputeOutcome } from '../excel/compute-report';
import { CONFLICT_REASON } from '../taskpane/method-texts';
import { say } from '../taskpane/texts';
import { summarise } from '../taskpane/workflow/summary';
import { COMMAND } from './command-texts';

export type NotificationIntent = 'success' | 'warning' | 'error';

export interface NotificationMessage {
  intent: NotificationIntent;
  title: string;
  text: string;
}

export function outcomeMessage(outcome: ComputeOutcome, lang: Lang): NotificationMessage {
  if (outcome.status === 'conflict') {
    const sheets = outcome.conflicts.map((c) => `${c.name} (${CONFLICT_REASON[c.reason][lang]})`).join(', ');
    return { intent: 'warning', title: COMMAND.conflictTitle[lang], text: say(COMMAND.conflict, lang, { sheets }) };
  }
  const result = outcome.result;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const done = say(COMMAND.done, lang, {
    rows: result.input.rowsScored,
    kommunen: summarise(result).kommunen,
    rule: RULE_LABEL[result.method.rule][lang],
    sheets: outcome.sheets.join(', '),
  });
  return {
    intent: errors > 0 ? 'warning' : 'success',
    title: COMMAND.doneTitle[lang],
    text: errors > 0 ? `${done} ${say(COMMAND.doneWithErrors, lang, { n: errors })}` : done,
  };
}

/** A failure's message: the AppError's user text, otherwise a plain one (the raw error goes to the log). */
export function failureMessage(error: unknown, lang: Lang): NotificationMessage {
  return {
    intent: 'error',
    title: COMMAND.failedTitle[lang],
    text: error instanceof AppError ? error.user[lang] : COMMAND.failed[lang],
  };
}
