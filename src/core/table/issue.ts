import { a1 } from '../address';
import { RawValue } from '../model/grid';
import { Severity, ValidationIssue } from '../model/issue';
import { Text } from '../model/text';
import { displayValue } from '../parse/markers';

/** Builds an issue for a cell given by zero-based sheet row and column. */
export function cellIssue(args: {
  severity: Severity;
  code: string;
  sheet: string;
  row: number;
  col: number;
  indicator: string | null;
  raw: RawValue | undefined;
  message: Text;
  related?: Array<{ row: number; col: number }>;
}): ValidationIssue {
  return {
    severity: args.severity,
    code: args.code,
    sheet: args.sheet,
    cell: a1(args.row, args.col),
    relatedCells: (args.related ?? []).map((c) => a1(c.row, c.col)),
    indicator: args.indicator,
    value: args.raw === undefined || args.raw === null ? null : displayValue(args.raw),
    message: args.message,
    row: args.row + 1,
    col: args.col + 1,
  };
}

/** Sheet order: by row, then column, then code, so reports read top to bottom. */
export function compareIssues(a: ValidationIssue, b: ValidationIssue): number {
  return cmp(a.sheet, b.sheet) || a.row - b.row || a.col - b.col || cmp(a.code, b.code);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
