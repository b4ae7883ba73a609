import { a1 } from '../core/address';
import type { Area } from '../core/model/sheet';

/** A sheet name as it appears in a reference: always quoted, inner apostrophes doubled ('Kim''s'). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute A1 address of a cell: $B$3. */
export function absoluteCell(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/** A1 range of an area, relative ("B3:C7") or absolute ("$B$3:$C$7"); a single cell stays a single address. */
export function areaRange(area: Area, absolute = false): string {
  const cell = absolute ? absoluteCell : a1;
  const first = cell(area.row, area.col);
  if (area.rows === 1 && area.cols === 1) return first;
  return `${first}:${cell(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

/** Every cell of an area, row by row. */
export function areaCells(area: Area): Array<{ row: number; col: number }> {
  const cells: Array<{ row: number; col: number }> = [];
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) cells.push({ row: area.row + r, col: area.col + c });
  }
  return cells;
}
