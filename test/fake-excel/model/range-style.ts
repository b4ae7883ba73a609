/**
 * Formatting of a whole range: reading answers the common value or null when cells differ (as
 * Excel does); borders map range sides (EdgeTop, InsideHorizontal, ...) onto cell sides.
 */
import type { RangeRef } from './chart';
import { forEachCell } from './range-data';
import { MAX_COLS, Rect, area, isEntireColumns, lastCol, lastRow, rect } from './rect';
import { renderText } from './number-format';
import { BorderModel, BorderSide, CellBorderSide, CellStyle, DEFAULT_STYLE, NO_BORDER, StylePatch } from './style';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, checkEditable } from './sheet';

/** Excel reports `null` for a property whose cells disagree, whatever the declared type. */
export function mixed<V>(): V {
  return null as V;
}

export function uniformStyle<V>(ref: RangeRef, pick: (style: CellStyle) => V): V {
  const seen = new Set<V>();
  const r = ref.rect;
  if (area(r) <= 50_000) {
    for (let row = r.row; row <= lastRow(r) && seen.size < 2; row += 1) {
      for (let col = r.col; col <= lastCol(r) && seen.size < 2; col += 1) seen.add(pick(ref.sheet.styleAt(row, col)));
    }
  } else {
    // Huge ranges (whole columns/rows): stored cells, band styles and the default style.
    for (const { cell } of ref.sheet.cellsIn(r)) seen.add(pick(cell.style));
    for (const [col, style] of ref.sheet.columnStyles) if (col >= r.col && col <= lastCol(r)) seen.add(pick(style));
    for (const [row, style] of ref.sheet.rowStyles) if (row >= r.row && row <= lastRow(r)) seen.add(pick(style));
    seen.add(pick(DEFAULT_STYLE));
  }
  const [only] = seen;
  return seen.size === 1 ? (only as V) : mixed<V>();
}

export function patchRangeStyle(ref: RangeRef, patch: StylePatch, location: string): void {
  checkEditable(ref.sheet, location);
  ref.sheet.patchStyle(ref.rect, patch);
}

/** Which cells and which of their sides make up one side of a range. */
function borderCells(r: Rect, side: BorderSide): { cells: Rect | null; cellSide: CellBorderSide } {
  switch (side) {
    case 'EdgeTop':
      return { cells: rect(r.row, r.col, 1, r.cols), cellSide: 'top' };
    case 'EdgeBottom':
      return { cells: rect(lastRow(r), r.col, 1, r.cols), cellSide: 'bottom' };
    case 'EdgeLeft':
      return { cells: rect(r.row, r.col, r.rows, 1), cellSide: 'left' };
    case 'EdgeRight':
      return { cells: rect(r.row, lastCol(r), r.rows, 1), cellSide: 'right' };
    case 'InsideHorizontal':
      return { cells: r.rows > 1 ? rect(r.row, r.col, r.rows - 1, r.cols) : null, cellSide: 'bottom' };
    case 'InsideVertical':
      return { cells: r.cols > 1 ? rect(r.row, r.col, r.rows, r.cols - 1) : null, cellSide: 'right' };
    case 'DiagonalDown':
      return { cells: r, cellSide: 'diagonalDown' };
    case 'DiagonalUp':
      return { cells: r, cellSide: 'diagonalUp' };
  }
}

export function readBorder(ref: RangeRef, side: BorderSide): BorderModel {
  const { cells, cellSide } = borderCells(ref.rect, side);
  if (!cells) return NO_BORDER;
  const part = { sheet: ref.sheet, rect: cells };
  const key = (s: CellStyle) => JSON.stringify(s.borders[cellSide] ?? NO_BORDER);
  const common = uniformStyle(part, key);
  return common === null ? mixed<BorderModel>() : (JSON.parse(common) as BorderModel);
}

export function writeBorder(ref: RangeRef, side: BorderSide, change: Partial<BorderModel>, location: string): void {
  checkEditable(ref.sheet, location);
  const { cells, cellSide } = borderCells(ref.rect, side);
  if (!cells) return;
  forEachCell(cells, (row, col) => {
    const cell = ref.sheet.ensureCell(row, col);
    const next = { ...(cell.style.borders[cellSide] ?? NO_BORDER), ...change };
    const borders = { ...cell.style.borders };
    if (next.style === 'None') delete borders[cellSide];
    else borders[cellSide] = next;
    cell.style = Object.freeze({ ...cell.style, borders: Object.freeze(borders) });
  });
}

/** Autofit from the widest text: about 5.6 points per character plus padding (Calibri 11). */
export function autofitColumns(ref: RangeRef, location: string): void {
  checkEditable(ref.sheet, location);
  const { sheet } = ref;
  const bounds = isEntireColumns(ref.rect) ? (sheet.usedRect(false) ?? ref.rect) : ref.rect;
  const cols = Math.min(ref.rect.cols, MAX_COLS);
  for (let col = ref.rect.col; col < ref.rect.col + cols; col += 1) {
    let widest = 0;
    for (const { cell } of sheet.cellsIn(rect(bounds.row, col, bounds.rows, 1))) {
      const lines = renderText(cell.content, cell.style.numberFormat).split('\n');
      const scale = (cell.style.bold ? 1.1 : 1) * (cell.style.fontSize / 11);
      for (const line of lines) widest = Math.max(widest, line.length * 5.6 * scale + 7);
    }
    sheet.columnWidths.set(col, widest === 0 ? DEFAULT_COLUMN_WIDTH : Math.round(widest * 4) / 4);
    sheet.autofitColumns.add(col);
  }
}

export function autofitRows(ref: RangeRef, location: string): void {
  checkEditable(ref.sheet, location);
  const { sheet } = ref;
  const bounds = sheet.usedRect(false);
  if (!bounds) return;
  const from = Math.max(ref.rect.row, bounds.row);
  const to = Math.min(lastRow(ref.rect), lastRow(bounds));
  for (let row = from; row <= to; row += 1) {
    let lines = 1;
    for (const { cell } of sheet.cellsIn(rect(row, ref.rect.col, 1, ref.rect.cols))) {
      const text = renderText(cell.content, cell.style.numberFormat);
      const scale = cell.style.fontSize / 11;
      lines = Math.max(lines, (cell.style.wrapText ? text.split('\n').length : 1) * scale);
    }
    sheet.rowHeights.set(row, Math.round(lines * DEFAULT_ROW_HEIGHT * 4) / 4);
    sheet.autofitRows.add(row);
  }
}
