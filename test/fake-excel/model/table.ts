/**
 * Excel tables (ListObjects): a rectangle with a header row, unique header names kept in sync with
 * the header cells, and rows that are inserted by shifting the cells of the table's columns.
 */
import { officeError } from '../errors';
import { checkTableName, alreadyExists, nextFreeName, sameName } from './names';
import { Rect, intersect, lastCol, lastRow, rect } from './rect';
import { renderText } from './number-format';
import { SheetModel, checkEditable } from './sheet';
import type { WorkbookModel } from './workbook';

export interface TableColumnModel {
  readonly id: number;
  name: string;
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  /** The whole table: header row (when shown), body rows, total row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  showFilterButton: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  style: string;
  readonly columns: TableColumnModel[];
  deleted: boolean;
}

export function headerRect(t: TableModel): Rect | null {
  return t.showHeaders ? rect(t.rect.row, t.rect.col, 1, t.rect.cols) : null;
}

export function bodyRect(t: TableModel): Rect {
  const top = t.rect.row + (t.showHeaders ? 1 : 0);
  const rows = t.rect.rows - (t.showHeaders ? 1 : 0) - (t.showTotals ? 1 : 0);
  return rect(top, t.rect.col, rows, t.rect.cols);
}

export function totalRect(t: TableModel): Rect | null {
  return t.showTotals ? rect(lastRow(t.rect), t.rect.col, 1, t.rect.cols) : null;
}

/**
 * Without headers Excel inserts a header row above the data ("Column1", ...), shifting the data
 * down one row; a header-only range gets one empty body row.
 */
export function createTable(wb: WorkbookModel, sheet: SheetModel, r: Rect, hasHeaders: boolean, location: string): TableModel {
  if (sheet.tables.some((t) => intersect(t.rect, r))) {
    throw officeError('InvalidArgument', location, "A table can't overlap another table.");
  }
  let tableRect = r;
  if (!hasHeaders) {
    shiftColumnsDown(sheet, r.row, r.col, r.cols, 1);
    tableRect = rect(r.row, r.col, r.rows + 1, r.cols);
  } else if (r.rows === 1) {
    tableRect = rect(r.row, r.col, 2, r.cols);
  }
  const table: TableModel = {
    id: wb.newId(),
    name: nextFreeName(
      'Table',
      wb.allTables().map((t) => t.name),
    ),
    sheet,
    rect: tableRect,
    showHeaders: true,
    showTotals: false,
    showFilterButton: true,
    showBandedRows: true,
    showBandedColumns: false,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    style: 'TableStyleMedium2',
    columns: Array.from({ length: r.cols }, (_, i) => ({ id: i + 1, name: '' })),
    deleted: false,
  };
  sheet.tables.push(table);
  syncHeaders(table);
  return table;
}

export function renameTable(wb: WorkbookModel, table: TableModel, name: string, location: string): void {
  checkTableName(name, location);
  const other = wb.findTable(name);
  if (other && other !== table) throw alreadyExists('table', name, location);
  table.name = name;
}

/** Header cells become unique, non-empty text, as Excel rewrites them ("Name", "Name2", "Column3"). */
export function syncHeaders(table: TableModel): void {
  const header = headerRect(table);
  if (!header) return;
  const seen: string[] = [];
  table.columns.forEach((column, i) => {
    const col = header.col + i;
    const content = table.sheet.contentAt(header.row, col);
    const text = content.value === '' ? '' : renderText(content, table.sheet.styleAt(header.row, col).numberFormat);
    const name = unique(text === '' ? `Column${i + 1}` : text, seen);
    seen.push(name);
    column.name = name;
    if (content.value !== name || content.formula !== null) {
      table.sheet.setContent(header.row, col, { value: name, formula: null, isError: false });
    }
  });
}

function unique(base: string, seen: readonly string[]): string {
  if (!seen.some((s) => sameName(s, base))) return base;
  for (let n = 2; ; n += 1) if (!seen.some((s) => sameName(s, `${base}${n}`))) return `${base}${n}`;
}

/** Re-syncs the headers of every table whose header row was written to. */
export function afterCellsWritten(sheet: SheetModel, written: Rect): void {
  for (const table of sheet.tables) {
    const header = headerRect(table);
    if (header && intersect(header, written)) syncHeaders(table);
  }
}

/** Moves the cells of columns [col, col+cols) at or below `fromRow` down by `count` rows. */
export function shiftColumnsDown(sheet: SheetModel, fromRow: number, col: number, cols: number, count: number): void {
  sheet.moveCells((r, c) => (r >= fromRow && c >= col && c < col + cols ? { row: r + count, col: c } : null));
}

export function removeTable(table: TableModel, clearCells: boolean): void {
  const list = table.sheet.tables;
  list.splice(list.indexOf(table), 1);
  table.deleted = true;
  if (clearCells) {
    table.sheet.moveCells((r, c) =>
      r >= table.rect.row && r <= lastRow(table.rect) && c >= table.rect.col && c <= lastCol(table.rect) ? 'drop' : null,
    );
  }
}

/** Hiding headers gives their row back to the sheet (emptied); showing them writes the names again. */
export function toggleHeaders(t: TableModel, show: boolean): void {
  if (show === t.showHeaders) return;
  checkEditable(t.sheet, 'Table.showHeaders');
  if (show) {
    if (t.rect.row === 0) throw officeError('InvalidOperation', 'Table.showHeaders', 'There is no row above the table.');
    t.rect = rect(t.rect.row - 1, t.rect.col, t.rect.rows + 1, t.rect.cols);
    t.showHeaders = true;
    t.columns.forEach((c, i) => t.sheet.setContent(t.rect.row, t.rect.col + i, { value: c.name, formula: null, isError: false }));
    syncHeaders(t);
    return;
  }
  t.columns.forEach((_, i) => t.sheet.setContent(t.rect.row, t.rect.col + i, { value: '', formula: null, isError: false }));
  t.rect = rect(t.rect.row + 1, t.rect.col, t.rect.rows - 1, t.rect.cols);
  t.showHeaders = false;
}

/** The total row is the row below the body; its first cell says "Total", as Excel writes it. */
export function toggleTotals(t: TableModel, show: boolean): void {
  if (show === t.showTotals) return;
  checkEditable(t.sheet, 'Table.showTotals');
  const below = t.rect.row + t.rect.rows;
  if (show) {
    t.rect = rect(t.rect.row, t.rect.col, t.rect.rows + 1, t.rect.cols);
    t.sheet.setContent(below, t.rect.col, { value: 'Total', formula: null, isError: false });
  } else {
    for (let c = 0; c < t.rect.cols; c += 1) t.sheet.setContent(below - 1, t.rect.col + c, { value: '', formula: null, isError: false });
    t.rect = rect(t.rect.row, t.rect.col, t.rect.rows - 1, t.rect.cols);
  }
  t.showTotals = show;
}
