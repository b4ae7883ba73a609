import { RawGrid, RawValue } from '../model/grid';
import { readTable } from './read-table';

/**
 * "Neues Jahr anlegen": for every Kommune a copy of its latest row with Jahr + 1, as raw rows in the
 * table's column order, with the index of the grid row they copy. Kommunen that already have that year get nothing. Pure: the caller appends.
 */
export function newYearRows(grid: RawGrid): Array<{ sourceIndex: number; values: RawValue[] }> {
  const read = readTable(grid);
  const jahrCol = read.layout.columnOf.jahr;
  if (jahrCol === undefined) return [];
  const latest = new Map<string, (typeof read.rows)[number]>();
  const years = new Map<string, Set<number>>();
  for (const r of read.rows) {
    const key = r.kommune.toLocaleLowerCase('de-DE');
    const prev = latest.get(key);
    if (!prev || r.jahr > prev.jahr) latest.set(key, r);
    (years.get(key) ?? years.set(key, new Set()).get(key)!).add(r.jahr);
  }
  const out: Array<{ sourceIndex: number; values: RawValue[] }> = [];
  for (const [key, r] of latest) {
    if (years.get(key)!.has(r.jahr + 1)) continue;
    const sourceIndex = r.row - grid.origin.row;
    const copy = [...grid.values[sourceIndex]!];
    copy[jahrCol - grid.origin.col] = r.jahr + 1;
    out.push({ sourceIndex, values: copy });
  }
  return out;
}
