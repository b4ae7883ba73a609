/** Zero-based rectangles of cells, the one geometry type the whole fake works in. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const rect = (row: number, col: number, rows = 1, cols = 1): Rect => ({ row, col, rows, cols });

export const lastRow = (r: Rect): number => r.row + r.rows - 1;
export const lastCol = (r: Rect): number => r.col + r.cols - 1;
export const area = (r: Rect): number => r.rows * r.cols;

export function isInsideSheet(r: Rect): boolean {
  return r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && lastRow(r) < MAX_ROWS && lastCol(r) < MAX_COLS;
}

export const isEntireColumns = (r: Rect): boolean => r.row === 0 && r.rows === MAX_ROWS;
export const isEntireRows = (r: Rect): boolean => r.col === 0 && r.cols === MAX_COLS;

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row <= lastRow(r) && col >= r.col && col <= lastCol(r);
}

export function contains(outer: Rect, inner: Rect): boolean {
  return containsCell(outer, inner.row, inner.col) && containsCell(outer, lastRow(inner), lastCol(inner));
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(lastRow(a), lastRow(b));
  const endCol = Math.min(lastCol(a), lastCol(b));
  return endRow < row || endCol < col ? null : rect(row, col, endRow - row + 1, endCol - col + 1);
}

export function bounding(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return rect(row, col, Math.max(lastRow(a), lastRow(b)) - row + 1, Math.max(lastCol(a), lastCol(b)) - col + 1);
}

/** `a` minus `b` as up to four disjoint rectangles (bands above, below, left, right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const parts: Rect[] = [];
  if (overlap.row > a.row) parts.push(rect(a.row, a.col, overlap.row - a.row, a.cols));
  if (lastRow(overlap) < lastRow(a)) parts.push(rect(lastRow(overlap) + 1, a.col, lastRow(a) - lastRow(overlap), a.cols));
  if (overlap.col > a.col) parts.push(rect(overlap.row, a.col, overlap.rows, overlap.col - a.col));
  if (lastCol(overlap) < lastCol(a)) {
    parts.push(rect(overlap.row, lastCol(overlap) + 1, overlap.rows, lastCol(a) - lastCol(overlap)));
  }
  return parts;
}

export const sameRect = (a: Rect, b: Rect): boolean => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
