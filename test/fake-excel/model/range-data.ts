/**
 * Reading and writing the cell grid of a range: values, formulas, number formats, text. Writes
 * follow Excel: a scalar fills the whole range, an array must match its dimensions exactly.
 */
import { officeError } from '../errors';
import { CellContent, interpretInput, valueTypeOf } from './cell-input';
import type { RangeRef } from './chart';
import { renderText } from './number-format';
import { Rect, lastCol, lastRow } from './rect';
import { SheetModel, checkEditable } from './sheet';
import { afterCellsWritten } from './table';
import type { WorkbookModel } from './workbook';

export function mapCells<V>(ref: RangeRef, read: (sheet: SheetModel, row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let row = ref.rect.row; row <= lastRow(ref.rect); row += 1) {
    const line: V[] = [];
    for (let col = ref.rect.col; col <= lastCol(ref.rect); col += 1) line.push(read(ref.sheet, row, col));
    out.push(line);
  }
  return out;
}

export const readValues = (ref: RangeRef): (string | number | boolean)[][] => mapCells(ref, (s, r, c) => s.contentAt(r, c).value);

export const readFormulas = (ref: RangeRef): (string | number | boolean)[][] =>
  mapCells(ref, (s, r, c) => {
    const content = s.contentAt(r, c);
    return content.formula ?? content.value;
  });

export const readNumberFormats = (ref: RangeRef): string[][] => mapCells(ref, (s, r, c) => s.styleAt(r, c).numberFormat);

export const readText = (ref: RangeRef): string[][] =>
  mapCells(ref, (s, r, c) => renderText(s.contentAt(r, c), s.styleAt(r, c).numberFormat));

export const readValueTypes = (ref: RangeRef): Excel.RangeValueType[][] =>
  mapCells(ref, (s, r, c) => valueTypeOf(s.contentAt(r, c)) as Excel.RangeValueType);

/** A scalar, or a 2-D array of exactly the range's size; anything else is InvalidArgument. */
export function cellInputs(input: unknown, r: Rect, location: string): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) {
    if (input !== null && typeof input === 'object') throw officeError('InvalidArgument', location);
    return () => input;
  }
  const fits = input.length === r.rows && input.every((line) => Array.isArray(line) && line.length === r.cols);
  if (!fits) {
    throw officeError(
      'InvalidArgument',
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  const rows = input as unknown[][];
  return (row, col) => rows[row - r.row]?.[col - r.col];
}

/** `values = …` and `formulas = …`: each input is parsed against the cell's number format at this moment. */
export function writeContents(wb: WorkbookModel, ref: RangeRef, input: unknown, location: string): void {
  checkEditable(ref.sheet, location);
  const at = cellInputs(input, ref.rect, location);
  forEachCell(ref.rect, (row, col) => {
    const content: CellContent | undefined = interpretInput(at(row, col), ref.sheet.styleAt(row, col).numberFormat, wb.evaluate, location);
    if (content) ref.sheet.setContent(row, col, content);
  });
  afterCellsWritten(ref.sheet, ref.rect);
}

export function writeNumberFormats(ref: RangeRef, input: unknown, location: string): void {
  checkEditable(ref.sheet, location);
  if (!Array.isArray(input)) {
    if (typeof input !== 'string') throw officeError('InvalidArgument', location);
    ref.sheet.patchStyle(ref.rect, { numberFormat: input });
    return;
  }
  const at = cellInputs(input, ref.rect, location);
  forEachCell(ref.rect, (row, col) => {
    const format = at(row, col);
    if (format === null || format === undefined) return;
    if (typeof format !== 'string') throw officeError('InvalidArgument', location);
    ref.sheet.patchStyle({ row, col, rows: 1, cols: 1 }, { numberFormat: format });
  });
}

export function forEachCell(r: Rect, visit: (row: number, col: number) => void): void {
  for (let row = r.row; row <= lastRow(r); row += 1) {
    for (let col = r.col; col <= lastCol(r); col += 1) visit(row, col);
  }
}
