import { a1 } from '../address';
import { Indicator } from '../model/indicator';
import { RawGrid, RawValue } from '../model/grid';
import { ValidationIssue } from '../model/issue';
import { t } from '../model/text';
import { CellData, parseCell } from '../parse/cell';
import { isMissing } from '../parse/markers';
import { indicatorForHeader } from './headers';
import { cellIssue } from './issue';

/** One usable input row: keyed by Kommune and Jahr, with the values that could be read. */
export interface ParsedRow {
  kommune: string;
  jahr: number;
  /** Zero-based row on the sheet. */
  row: number;
  values: Record<string, CellData>;
}

export interface TableLayout {
  sheet: string;
  /** Zero-based sheet column per recognised indicator. */
  columnOf: Readonly<Record<string, number>>;
  headerRow: number;
}

export interface ColumnInfo {
  header: RawValue;
  indicator: string | null;
  cell: string;
}

export interface ReadTable {
  rows: ParsedRow[];
  issues: ValidationIssue[];
  layout: TableLayout;
  columns: ColumnInfo[];
  address: string;
  /** Non-empty data rows in the table, usable or not. */
  rowsRead: number;
}

/** Reads the header row and every data row; never throws on cell content. */
export function readTable(grid: RawGrid): ReadTable {
  const { sheet, origin } = grid;
  const issues: ValidationIssue[] = [];
  const header = grid.values[0] ?? [];
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const address = `${a1(origin.row, origin.col)}:${a1(origin.row + Math.max(grid.values.length, 1) - 1, origin.col + Math.max(width, 1) - 1)}`;

  const columnOf: Record<string, number> = {};
  const used: Array<{ ind: Indicator; index: number }> = [];
  const columns: ColumnInfo[] = [];
  header.forEach((h, index) => {
    const col = origin.col + index;
    const ind = indicatorForHeader(h);
    columns.push({ header: h, indicator: ind?.id ?? null, cell: a1(origin.row, col) });
    if (!ind) return;
    if (ind.id in columnOf) {
      issues.push(
        cellIssue({
          severity: 'error',
          code: 'duplicate-column',
          sheet,
          row: origin.row,
          col,
          indicator: ind.id,
          raw: h,
          related: [{ row: origin.row, col: columnOf[ind.id]! }],
          message: t(
            `Die Spalte „${ind.label.de}“ kommt doppelt vor; verwendet wird nur die erste (${a1(origin.row, columnOf[ind.id]!)}).`,
            `The column "${ind.label.en}" appears twice; only the first (${a1(origin.row, columnOf[ind.id]!)}) is used.`,
          ),
        }),
      );
      return;
    }
    columnOf[ind.id] = col;
    used.push({ ind, index });
  });
  const layout: TableLayout = { sheet, columnOf, headerRow: origin.row };

  for (const key of ['kommune', 'jahr'] as const) {
    if (!(key in columnOf)) {
      const label = key === 'kommune' ? t('Kommune', 'Municipality') : t('Jahr', 'Year');
      issues.push(
        cellIssue({
          severity: 'error',
          code: 'missing-key-column',
          sheet,
          row: origin.row,
          col: origin.col,
          indicator: key,
          raw: undefined,
          message: t(
            `Die Spalte „${label.de}“ fehlt in der Kopfzeile. Ohne sie kann keine Zeile zugeordnet werden.`,
            `The column "${label.en}" is missing from the header row. Without it no row can be assigned.`,
          ),
        }),
      );
    }
  }

  const rows: ParsedRow[] = [];
  let rowsRead = 0;
  const numberFormats = grid.numberFormats;
  for (let r = 1; r < grid.values.length; r++) {
    const raw = grid.values[r]!;
    // Unknown columns are ignored entirely: a note beside the table does not make a row.
    if (used.every(({ index }) => isMissing(raw[index] ?? null))) continue;
    rowsRead++;
    const row = origin.row + r;
    const values: Record<string, CellData> = {};
    for (const { ind, index } of used) {
      const cellRaw = raw[index] ?? null;
      const parsed = parseCell(cellRaw, ind, numberFormats?.[r]?.[index] ?? '');
      if (parsed.kind === 'value') {
        values[ind.id] = parsed.value;
        if (parsed.warning)
          issues.push(cellIssue({ ...parsed.warning, sheet, row, col: origin.col + index, indicator: ind.id, raw: cellRaw }));
      } else if (parsed.kind === 'invalid') {
        issues.push(cellIssue({ ...parsed.problem, sheet, row, col: origin.col + index, indicator: ind.id, raw: cellRaw }));
      }
    }
    const kommune = values.kommune;
    const jahr = values.jahr;
    let keyed = true;
    for (const key of ['kommune', 'jahr'] as const) {
      const col = columnOf[key];
      if (col === undefined || values[key] !== undefined) continue;
      keyed = false;
      const cellRaw = raw[col - origin.col] ?? null;
      if (!isMissing(cellRaw)) continue; // an unreadable key cell was reported above
      issues.push(
        cellIssue({
          severity: 'error',
          code: 'missing-key',
          sheet,
          row,
          col,
          indicator: key,
          raw: cellRaw,
          message:
            key === 'kommune'
              ? t('Die Kommune fehlt. Die Zeile wird nicht berechnet.', 'The municipality is missing. The row is not computed.')
              : t('Das Jahr fehlt. Die Zeile wird nicht berechnet.', 'The year is missing. The row is not computed.'),
        }),
      );
    }
    if (keyed && typeof kommune === 'string' && typeof jahr === 'number') {
      rows.push({ kommune, jahr, row, values });
    }
  }
  return { rows, issues, layout, columns, address, rowsRead };
}
