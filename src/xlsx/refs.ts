import type { Area } from '../core/model/sheet';

/** A sheet name as it appears in a reference: always quoted, inner apostrophes doubled ('Kim''s'). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Every cell of an area, row by row. */
export function areaCells(area: Area): Array<{ row: number; col: number }> {
  const cells: Array<{ row: number; col: number }> = [];
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) cells.push({ row: area.row + r, col: area.col + c });
  }
  return cells;
}
