import ExcelJS from 'exceljs';
import type { RawValue } from '../core/model/grid';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/**
 * The Excel serial number of a date as ExcelJS hands it over (it turns serials in date-formatted cells
 * into Date objects on reading). Dates go back to serials because Office.js gives the add-in serials
 * too: both runners then see the same value and the engine reports the same findings.
 */
export function excelSerial(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DAYS_1900_TO_1904 : 0);
  // ExcelJS rounds to whole milliseconds; undo the float noise that leaves behind (45658.00000000001).
  return Math.round(serial * 1e9) / 1e9;
}

/**
 * An ExcelJS cell value as the engine's RawValue, the way Office.js reports values: rich text and
 * hyperlinks as their text, formulas as their cached result, error values as their text ("#DIV/0!"),
 * dates as serial numbers, empty text as null. A formula without a cached result reads as empty.
 */
export function rawValue(value: ExcelJS.CellValue | undefined, date1904: boolean): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if ('error' in value) return value.error;
  if ('richText' in value) return rawValue(value.richText.map((run) => run.text).join(''), date1904);
  if ('hyperlink' in value) return rawValue(value.text as ExcelJS.CellValue, date1904);
  if ('formula' in value || 'sharedFormula' in value) return rawValue(value.result, date1904);
  return null;
}

/** The value of a worksheet cell; the covered cells of a merged range are empty, as Excel reports them. */
export function cellRawValue(cell: ExcelJS.Cell, date1904: boolean): RawValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return rawValue(cell.value, date1904);
}
