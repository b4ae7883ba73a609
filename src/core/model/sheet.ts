import { z } from 'zod';

/**
 * Output sheets as plain data ("sheet models"). Both renderers (Office.js in src/excel, ExcelJS in src/xlsx)
 * turn a SheetModel into a worksheet; neither decides content, only how to write it.
 * Rows and columns are zero-based; A1 addresses are derived by the renderers.
 */

export const CellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValue>;

export const CellStyle = z.enum(['title', 'subtitle', 'header', 'note', 'bold', 'warning', 'error']);
export type CellStyle = z.infer<typeof CellStyle>;

export const Cell = z.object({
  v: CellValue,
  /** Number format (Excel syntax, e.g. "0.0", "0%", "@"). Text cells are always written with "@". */
  fmt: z.string().optional(),
  style: CellStyle.optional(),
  /** Internal hyperlink to a cell of another sheet. */
  link: z.object({ sheet: z.string(), cell: z.string() }).optional(),
  /** A note shown on the cell (header explanations, sample evidence). */
  note: z.string().optional(),
});
export type Cell = z.infer<typeof Cell>;

export const Area = z.object({
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  rows: z.number().int().min(1),
  cols: z.number().int().min(1),
});
export type Area = z.infer<typeof Area>;

export const Block = z.object({ row: z.number().int().min(0), col: z.number().int().min(0), cells: z.array(z.array(Cell)) });
export type Block = z.infer<typeof Block>;

export const ConditionalFormat = z.discriminatedUnion('type', [
  /** Fill and font colour for cells whose text equals a value (type I/II/III). */
  z.object({ type: z.literal('textEquals'), area: Area, text: z.string(), fill: z.string(), font: z.string() }),
  /** Three-colour scale over numbers (red–yellow–green by default). */
  z.object({
    type: z.literal('colorScale'),
    area: Area,
    min: z.object({ value: z.number(), color: z.string() }),
    mid: z.object({ value: z.number(), color: z.string() }),
    max: z.object({ value: z.number(), color: z.string() }),
  }),
]);
export type ConditionalFormat = z.infer<typeof ConditionalFormat>;

export const ListValidation = z.object({ area: Area, values: z.array(z.string()).min(1), prompt: z.string().optional() });
export type ListValidation = z.infer<typeof ListValidation>;

export const ChartType = z.enum(['radar', 'radarMarkers', 'radarFilled']);
export type ChartType = z.infer<typeof ChartType>;

/** A series whose name, categories and values are cells on the chart's own sheet. */
export const ChartSeries = z.object({
  nameCell: z.object({ row: z.number().int().min(0), col: z.number().int().min(0) }),
  categories: Area,
  values: Area,
});
export type ChartSeries = z.infer<typeof ChartSeries>;

export const ChartSpec = z.object({
  name: z.string(),
  type: ChartType,
  title: z.string(),
  series: z.array(ChartSeries).min(1),
  /** Where the chart sits, in cells (top-left corner and size). */
  anchor: Area,
  axis: z.object({ min: z.number(), max: z.number(), majorUnit: z.number() }),
  legend: z.enum(['bottom', 'right', 'none']),
});
export type ChartSpec = z.infer<typeof ChartSpec>;

export const SheetKey = z.enum(['typologie', 'vergleich', 'profile', 'methodik', 'pruefbericht', 'indikatoren']);
export type SheetKey = z.infer<typeof SheetKey>;

export const SheetModel = z.object({
  key: SheetKey,
  /** Sheet name in the display language. */
  name: z.string().min(1).max(31),
  blocks: z.array(Block),
  columnWidths: z.array(z.number().positive()).optional(),
  /** An Excel table (ListObject) with filter buttons over this area, header row first. */
  table: z.object({ name: z.string(), area: Area, style: z.string() }).optional(),
  freeze: z.object({ rows: z.number().int().min(0), cols: z.number().int().min(0) }).optional(),
  conditionalFormats: z.array(ConditionalFormat),
  validations: z.array(ListValidation),
  charts: z.array(ChartSpec),
  page: z
    .object({
      orientation: z.enum(['portrait', 'landscape']),
      fitToWidth: z.boolean(),
      /** Rows repeated on every printed page, zero-based inclusive. */
      repeatRows: z.object({ from: z.number().int().min(0), to: z.number().int().min(0) }).optional(),
    })
    .optional(),
});
export type SheetModel = z.infer<typeof SheetModel>;
