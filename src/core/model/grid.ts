import { z } from 'zod';

/**
 * A raw cell value as a spreadsheet hands it over. Error values (#DIV/0!, #NV) arrive as their text,
 * as Office.js reports them.
 */
export const RawValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type RawValue = z.infer<typeof RawValue>;

/** A rectangular block of cells: the first row holds the headers. */
export const RawGrid = z.object({
  sheet: z.string(),
  /** Name of the Excel table, if the block is one. */
  table: z.string().optional(),
  /** Zero-based row and column of the header row's first cell on the sheet. */
  origin: z.object({ row: z.number().int().min(0), col: z.number().int().min(0) }),
  values: z.array(z.array(RawValue)),
  /** Number formats, same shape as values where given ("0%" marks percent cells). */
  numberFormats: z.array(z.array(z.string())).optional(),
});
export type RawGrid = z.infer<typeof RawGrid>;
