import { parseA1 } from '../core/address';
import { RawGrid, RawValue } from '../core/model/grid';
import { t } from '../core/model/text';
import { AppError } from './app-error';
import { PAYLOAD_BUDGET_BYTES } from './payload';

/** Where the indicator table is: an Excel table by name (default Indikatoren) or the used range of a sheet. */
export interface InputSource {
  table?: string;
  sheet?: string;
}

export const DEFAULT_TABLE = 'Indikatoren';

/** Rough response bytes per cell (value and number format), to split very large tables into several reads. */
const BYTES_PER_CELL = 24;

export interface InputRange {
  range: Excel.Range;
  sheet: Excel.Worksheet;
  table?: string;
}

/** Queues the lookup of the input range (no sync). */
export interface LocatedInput {
  table: Excel.Table | null;
  used: Excel.Range | null;
  sheet: Excel.Worksheet | null;
}

/** After the sync: the input range and its sheet, or the user-facing error when either is missing. */
export function foundInput(
  input: LocatedInput,
  source: InputSource,
): { used: Excel.Range; sheet: Excel.Worksheet; table: Excel.Table | null } {
  const { used, sheet, table } = input;
  if (used === null || used.isNullObject || (table !== null && table.isNullObject) || sheet === null || sheet.isNullObject) {
    throw inputMissing(source);
  }
  return { used, sheet, table };
}

export function locateInput(
  context: Excel.RequestContext,
  source: InputSource,
): { table: Excel.Table | null; used: Excel.Range | null; sheet: Excel.Worksheet | null } {
  if (source.sheet && !source.table) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(source.sheet);
    const used = sheet.getUsedRangeOrNullObject(true);
    sheet.load('name');
    used.load(['address', 'rowCount', 'columnCount']);
    return { table: null, used, sheet };
  }
  const table = context.workbook.tables.getItemOrNullObject(source.table ?? DEFAULT_TABLE);
  // `worksheet` is a navigation property (a proxy), not a loaded value; the rule cannot tell them apart.
  // eslint-disable-next-line office-addins/call-sync-before-read
  const sheet = table.worksheet;
  const range = table.getRange();
  table.load('name');
  sheet.load('name');
  range.load(['address', 'rowCount', 'columnCount']);
  return { table, used: range, sheet };
}

export function inputMissing(source: InputSource): AppError {
  return source.sheet && !source.table
    ? new AppError(
        t(
          `Das Blatt „${source.sheet}“ wurde nicht gefunden oder ist leer. Bitte ein Blatt mit der Indikatorentabelle wählen.`,
          `The sheet "${source.sheet}" was not found or is empty. Please choose a sheet with the indicator table.`,
        ),
      )
    : new AppError(
        t(
          `Die Tabelle „${source.table ?? DEFAULT_TABLE}“ wurde nicht gefunden. Mit „Vorlage anlegen“ eine neue anlegen oder im Schritt „Daten“ eine andere Tabelle wählen.`,
          `The table "${source.table ?? DEFAULT_TABLE}" was not found. Create one with "Create template" or choose another table in the "Data" step.`,
        ),
      );
}

export interface InputBlock {
  block: Excel.Range;
  rows: number;
}

/**
 * Splits the input range into row blocks small enough for Office's response limit (one block for any
 * ordinary table). Nothing is loaded yet: the caller loads each block and syncs before the next, so every
 * response stays under the limit.
 */
export function inputBlocks(range: Excel.Range, rowCount: number, columnCount: number): InputBlock[] {
  const rowsPerRead = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / (BYTES_PER_CELL * Math.max(columnCount, 1))));
  const blocks: InputBlock[] = [];
  for (let from = 0; from < rowCount; from += rowsPerRead) {
    const rows = Math.min(rowsPerRead, rowCount - from);
    blocks.push({ block: range.getCell(from, 0).getResizedRange(rows - 1, columnCount - 1), rows });
  }
  return blocks;
}

/** Loads the blocks one request each; `withFirst` queues further loads to ride along with the first request. */
export async function loadBlocks(
  context: Excel.RequestContext,
  blocks: readonly InputBlock[],
  withFirst: () => void = () => undefined,
): Promise<number> {
  let syncs = 0;
  for (const [i, { block }] of blocks.entries()) {
    block.load(['values', 'numberFormat']);
    if (i === 0) withFirst();
    // One request per block on purpose: together they would exceed Office's 5 MB response limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
  }
  return syncs;
}

/** Builds the engine's RawGrid from loaded blocks; `address` may carry the sheet name, as Office reports it. */
export function toGrid(sheet: string, table: string | undefined, address: string, blocks: ReadonlyArray<{ block: Excel.Range }>): RawGrid {
  const values: RawValue[][] = [];
  const numberFormats: string[][] = [];
  for (const { block } of blocks) {
    for (const row of block.values) values.push(row.map((v: unknown) => (v === '' || v === undefined ? null : (v as RawValue))));
    for (const row of block.numberFormat) numberFormats.push(row.map((f: unknown) => String(f ?? '')));
  }
  return { sheet, ...(table ? { table } : {}), origin: parseA1(address), values, numberFormats };
}
