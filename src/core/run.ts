import { RawGrid } from './model/grid';
import { Method } from './model/method';
import { RowResult, RunResult } from './model/result';
import { DEFAULT_METHOD } from './method';
import { scoreRow } from './score/score-row';
import { setRanks, setTrends } from './score/trend';
import { checkTable } from './table/checks';
import { compareIssues } from './table/issue';
import { readTable } from './table/read-table';

const collator = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });

const lower = (r: RowResult): string => r.kommune.toLocaleLowerCase('de-DE');

function sameKommune(a: RowResult, b: RowResult): boolean {
  return lower(a) === lower(b);
}

function compareRows(a: RowResult, b: RowResult): number {
  const byName = sameKommune(a, b) ? 0 : collator.compare(a.kommune, b.kommune) || (lower(a) < lower(b) ? -1 : 1);
  return byName || a.jahr - b.jahr;
}

/**
 * The whole computation: read the table, check it, score every row, then trends and ranks.
 * Pure and deterministic: the same table gives the same rows in any row order.
 */
export function computeRun(grid: RawGrid, method: Method = DEFAULT_METHOD): RunResult {
  const read = readTable(grid);
  const checked = checkTable(read.rows, read.layout);
  const rows = checked.rows.map((r) => scoreRow(r, method)).sort(compareRows);
  setTrends(rows, method, sameKommune);
  setRanks(rows);
  const issues = [...read.issues, ...checked.issues].sort(compareIssues);
  return {
    method,
    input: {
      sheet: grid.sheet,
      ...(grid.table === undefined ? {} : { table: grid.table }),
      address: read.address,
      rowsRead: read.rowsRead,
      rowsScored: rows.length,
      columns: read.columns,
    },
    rows,
    issues,
    years: [...new Set(rows.map((r) => r.jahr))].sort((a, b) => a - b),
  };
}
