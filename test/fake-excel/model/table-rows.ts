/** Table rows: inserting (with Excel's format and blank-row rules) and deleting. */
import { officeError } from '../errors';
import { CellContent, interpretInput } from './cell-input';
import { Rect, lastCol, rect } from './rect';
import { TableModel, bodyRect, shiftColumnsDown } from './table';
import type { WorkbookModel } from './workbook';

function isBlankRow(table: TableModel, row: number): boolean {
  for (let c = table.rect.col; c <= lastCol(table.rect); c += 1) {
    if (table.sheet.contentAt(row, c).value !== '') return false;
  }
  return true;
}

/**
 * `rows.add(index, values)`: inserts body rows (appending when index is undefined/null). A table's
 * single blank body row is filled first, so a fresh header-only table does not keep an empty row.
 * New rows copy the formats of the neighbouring body row, so a text ("@") column stays text.
 */
export function addTableRows(
  wb: WorkbookModel,
  table: TableModel,
  index: number | undefined,
  values: readonly (readonly unknown[])[],
  location: string,
): number {
  const body = bodyRect(table);
  if (values.some((row) => row.length !== table.columns.length)) {
    throw officeError('InvalidArgument', location, 'The number of values does not match the number of table columns.');
  }
  if (index !== undefined && (index < 0 || index > body.rows)) {
    throw officeError('InvalidArgument', location, `Row index ${index} is outside the table.`);
  }
  let rows = values;
  let at = index ?? body.rows;
  const fillsBlank = body.rows === 1 && isBlankRow(table, body.row) && rows.length > 0;
  if (fillsBlank) {
    writeRow(wb, table, body.row, rows[0] ?? []);
    rows = rows.slice(1);
    at = 1;
  }
  if (rows.length > 0) {
    const insertAt = body.row + at;
    shiftColumnsDown(table.sheet, insertAt, table.rect.col, table.rect.cols, rows.length);
    // The row above the insertion point, or (inserting at the top) the old first row, now shifted down.
    const template = at > 0 ? insertAt - 1 : insertAt + rows.length;
    growRulesWithBody(table, body, rows.length);
    table.rect = rect(table.rect.row, table.rect.col, table.rect.rows + rows.length, table.rect.cols);
    rows.forEach((row, i) => {
      copyRowStyle(table, template, insertAt + i);
      writeRow(wb, table, insertAt + i, row);
    });
  }
  return fillsBlank ? 0 : at;
}

function copyRowStyle(table: TableModel, from: number, to: number): void {
  for (let c = table.rect.col; c <= lastCol(table.rect); c += 1) {
    table.sheet.ensureCell(to, c).style = table.sheet.styleAt(from, c);
  }
}

function writeRow(wb: WorkbookModel, table: TableModel, row: number, values: readonly unknown[]): void {
  values.forEach((input, i) => {
    const col = table.rect.col + i;
    const content: CellContent | undefined = interpretInput(
      input,
      table.sheet.styleAt(row, col).numberFormat,
      wb.evaluate,
      'TableRowCollection.add',
    );
    if (content) table.sheet.setContent(row, col, content);
  });
}

/** Conditional formats and validations spanning the whole body grow with it, as in Excel. */
function growRulesWithBody(table: TableModel, body: Rect, added: number): void {
  const spansBody = (r: Rect) => r.row === body.row && r.rows === body.rows && r.col >= body.col && lastCol(r) <= lastCol(body);
  for (const cf of table.sheet.conditionalFormats) {
    if (spansBody(cf.rect)) cf.rect = rect(cf.rect.row, cf.rect.col, cf.rect.rows + added, cf.rect.cols);
  }
  table.sheet.validations.forEach((v, i) => {
    if (spansBody(v.rect)) table.sheet.validations[i] = { ...v, rect: rect(v.rect.row, v.rect.col, v.rect.rows + added, v.rect.cols) };
  });
}

/** Deletes body rows; Excel keeps one (emptied) body row when the last one goes. */
export function deleteTableRows(table: TableModel, index: number, count: number, location: string): void {
  const body = bodyRect(table);
  if (index < 0 || count < 1 || index + count > body.rows) {
    throw officeError('InvalidArgument', location, 'The rows to delete are outside the table.');
  }
  const from = body.row + index;
  const keep = body.rows - count === 0 ? 1 : 0;
  table.sheet.moveCells((r, c) => {
    if (c < table.rect.col || c > lastCol(table.rect) || r < from) return null;
    if (r < from + count) return 'drop';
    return { row: r - count, col: c };
  });
  table.rect = rect(table.rect.row, table.rect.col, table.rect.rows - count + keep, table.rect.cols);
}
