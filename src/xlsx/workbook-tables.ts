import type ExcelJS from 'exceljs';
import { z } from 'zod';

/**
 * What ExcelJS 4.4 keeps of a table it READ from a file. Its typings do not match the objects
 * (getTables() is typed as pairs; a read table has no `ref`, its range is in `table.tableRef`),
 * so the objects are checked with this schema instead of being cast.
 */
const LoadedTable = z.object({
  table: z.object({
    name: z.string().min(1),
    /** The whole range, header and totals row included (set when read from a file). */
    tableRef: z.string().optional(),
    /** The top-left cell or whole range (set when the table was added in memory). */
    ref: z.string().optional(),
    headerRow: z.boolean().optional(),
    totalsRow: z.boolean().optional(),
  }),
});

export interface WorkbookTable {
  name: string;
  worksheet: ExcelJS.Worksheet;
  /** A1 range including the header row and a totals row, if any. */
  range: string;
  headerRow: boolean;
  totalsRow: boolean;
}

/** Every Excel table (ListObject) of the workbook, in sheet order. */
export function workbookTables(workbook: ExcelJS.Workbook): WorkbookTable[] {
  const found: WorkbookTable[] = [];
  for (const worksheet of workbook.worksheets) {
    const tables = (worksheet as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const candidate of Object.values(tables)) {
      const parsed = LoadedTable.safeParse(candidate);
      if (!parsed.success) continue;
      const t = parsed.data.table;
      const range = t.tableRef ?? t.ref;
      if (range === undefined) continue;
      found.push({ name: t.name, worksheet, range, headerRow: t.headerRow !== false, totalsRow: t.totalsRow === true });
    }
  }
  return found;
}

/** A merged range of a worksheet, one-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MergeSchema = z.object({ top: z.number().int(), left: z.number().int(), bottom: z.number().int(), right: z.number().int() });

/**
 * The merged ranges of a worksheet. ExcelJS lists them publicly only through `worksheet.model`, which
 * rebuilds the model of every row; its private index is read instead, checked by schema.
 */
export function mergedRanges(worksheet: ExcelJS.Worksheet): MergedRange[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, unknown> })._merges ?? {};
  return Object.values(merges).flatMap((m) => {
    const parsed = MergeSchema.safeParse(m);
    return parsed.success ? [parsed.data] : [];
  });
}
