/** Excel's naming rules for sheets and tables; violations fail the sync like they do in Excel. */
import { officeError } from '../errors';
import { isCellReferenceLike } from './a1';

const SHEET_FORBIDDEN = /[[\]:*?/\\]/;

/** Case-insensitive comparison as Excel does it (also for umlauts: "Prüfung" = "PRÜFUNG"). */
export const sameName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

export function checkSheetName(name: string, location: string): void {
  const problem =
    name.length === 0
      ? 'is empty'
      : name.length > 31
        ? 'is longer than 31 characters'
        : SHEET_FORBIDDEN.test(name)
          ? 'contains one of [ ] : * ? / \\'
          : name.startsWith("'") || name.endsWith("'")
            ? 'starts or ends with an apostrophe'
            : sameName(name, 'History')
              ? 'is reserved by Excel'
              : null;
  if (problem) throw officeError('InvalidArgument', location, `The sheet name '${name}' ${problem}.`);
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export function checkTableName(name: string, location: string): void {
  if (name.length > 255 || !TABLE_NAME.test(name) || isCellReferenceLike(name)) {
    throw officeError('InvalidArgument', location, `The table name '${name}' is not a valid name.`);
  }
}

export function alreadyExists(kind: string, name: string, location: string) {
  return officeError('ItemAlreadyExists', location, `A ${kind} with the name '${name}' already exists.`);
}

/** "Sheet4" after Sheet1..Sheet3, skipping names already taken. */
export function nextFreeName(prefix: string, taken: readonly string[], separator = ''): string {
  for (let n = 1; ; n += 1) {
    const candidate = `${prefix}${separator}${n}`;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}
