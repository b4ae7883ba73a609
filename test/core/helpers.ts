import { RawGrid, RawValue } from '../../src/core/model/grid';
import { ValidationIssue } from '../../src/core/model/issue';
import { RowResult, RunResult } from '../../src/core/model/result';
import { Text } from '../../src/core/model/text';

/** The sheet and origin the validation tests use: the header row starts at C4 on "Daten". */
export const SHEET = 'Daten';
export const ORIGIN = { row: 3, col: 2 } as const;

/** A grid whose header row starts at C4 of sheet "Daten" (unless another origin is given). */
export function grid(
  header: RawValue[],
  rows: RawValue[][],
  opts: { origin?: { row: number; col: number }; numberFormats?: string[][]; sheet?: string } = {},
): RawGrid {
  return {
    sheet: opts.sheet ?? SHEET,
    origin: opts.origin ?? { ...ORIGIN },
    values: [header, ...rows],
    ...(opts.numberFormats === undefined ? {} : { numberFormats: opts.numberFormats }),
  };
}

/** The issues of a run with the given code. */
export function issuesWith(result: RunResult, code: string): ValidationIssue[] {
  return result.issues.filter((i) => i.code === code);
}

/** The only issue with the given code; fails the test when there is not exactly one. */
export function onlyIssue(result: RunResult, code: string): ValidationIssue {
  const found = issuesWith(result, code);
  if (found.length !== 1) throw new Error(`expected one ${code} issue, got ${JSON.stringify(result.issues, null, 1)}`);
  return found[0]!;
}

/** The result row of a Kommune and Jahr; fails the test when it is not there. */
export function rowOf(result: RunResult, kommune: string, jahr: number): RowResult {
  const row = result.rows.find((r) => r.kommune === kommune && r.jahr === jahr);
  if (!row) throw new Error(`no result row for ${kommune} ${jahr}`);
  return row;
}

/** Every message is German and English, both non-empty and different. */
export function expectBilingual(message: Text): void {
  expect(message.de.trim()).not.toBe('');
  expect(message.en.trim()).not.toBe('');
  expect(message.de).not.toBe(message.en);
}

/** A row result without its position on the sheet, to compare runs over reordered tables. */
export function withoutSourceRow(row: RowResult): Omit<RowResult, 'sourceRow'> {
  const { sourceRow: _sourceRow, ...rest } = row;
  return rest;
}
