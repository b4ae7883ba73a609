import { z } from 'zod';
import { ValidationIssue } from '../../core/model/issue';
import { Method } from '../../core/model/method';
import { RowResult, RunResult } from '../../core/model/result';
import { summarise } from './summary';

/**
 * What `report --json` and `check --json` print on stdout: one JSON object, the same shape for both
 * commands. Stable within formatVersion 1: fields may be added, none removed or changed in meaning.
 * rows and issues are the engine's RowResult and ValidationIssue (src/core/model), unchanged.
 */
export const JsonOutput = z.object({
  format: z.literal('kooperationsmonitor-ergebnis'),
  formatVersion: z.literal(1),
  command: z.enum(['report', 'check']),
  appVersion: z.string(),
  /** Local time of the run, ISO 8601 with offset. */
  runAt: z.string(),
  /** The input as read: the file, the sheet, the table (if any), its range, the columns recognised. */
  input: RunResult.shape.input.extend({ file: z.string() }),
  /** The report file written; null for check. */
  output: z.string().nullable(),
  /** Every parameter of the run, enough to replay it. */
  method: Method,
  years: z.array(z.number().int()),
  summary: z.object({
    rows: z.number().int(),
    types: z.object({ I: z.number().int(), II: z.number().int(), III: z.number().int(), nichtBestimmbar: z.number().int() }),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  /** One per Kommune and Jahr, sorted by Kommune (German collation), then Jahr. */
  rows: z.array(RowResult),
  /** Validation findings in sheet order. */
  issues: z.array(ValidationIssue),
});
export type JsonOutput = z.infer<typeof JsonOutput>;

export interface JsonContext {
  command: JsonOutput['command'];
  appVersion: string;
  runAt: string;
  file: string;
  output: string | null;
}

/**
 * The JSON in pieces: the head fields, then one row per line, then the issues. A table of 110,000
 * rows would make one string of some hundred megabytes; pieces keep the peak low and stream to a pipe.
 */
export function* jsonPieces(result: RunResult, context: JsonContext): Generator<string> {
  const head: Omit<JsonOutput, 'rows' | 'issues'> = {
    format: 'kooperationsmonitor-ergebnis',
    formatVersion: 1,
    command: context.command,
    appVersion: context.appVersion,
    runAt: context.runAt,
    input: { ...result.input, file: context.file },
    output: context.output,
    method: result.method,
    years: result.years,
    summary: summarise(result),
  };
  yield JSON.stringify(head).slice(0, -1) + ',"rows":[';
  for (let i = 0; i < result.rows.length; i++) yield `${i === 0 ? '' : ','}\n${JSON.stringify(result.rows[i])}`;
  yield '\n],"issues":[';
  for (let i = 0; i < result.issues.length; i++) yield `${i === 0 ? '' : ','}\n${JSON.stringify(result.issues[i])}`;
  yield '\n]}\n';
}
