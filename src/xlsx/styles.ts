import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/model/sheet';

/**
 * The look of the cell styles of the sheet models: the same values as the Office.js renderer's
 * STYLE_LOOK (src/excel/cell-style.ts; ARGB here, "#RRGGBB" there), checked by test/xlsx/styles.test.ts.
 */
export const STYLE_COLORS = {
  grey: 'FF595959',
  noteGrey: 'FF7F7F7F',
  headerFill: 'FFE7E6E6',
  headerBorder: 'FF808080',
  warning: 'FF9C5700',
  error: 'FF9C0006',
  link: 'FF0563C1',
} as const;

export const TEXT_FORMAT = '@';

/** The workbook's default font, repeated in every styled font (a font without name is drawn in LibreOffice's default). */
export const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };

interface CellLook {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
}

const argb = (value: string) => ({ argb: value });

export const CELL_LOOKS: Record<CellStyle, CellLook> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { italic: true, color: argb(STYLE_COLORS.grey) } },
  header: {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: argb(STYLE_COLORS.headerFill), bgColor: argb(STYLE_COLORS.headerFill) },
    border: { bottom: { style: 'thin', color: argb(STYLE_COLORS.headerBorder) } },
  },
  note: { font: { size: 9, color: argb(STYLE_COLORS.noteGrey) } },
  bold: { font: { bold: true } },
  warning: { font: { color: argb(STYLE_COLORS.warning) } },
  error: { font: { color: argb(STYLE_COLORS.error) } },
};

/** "#C6EFCE", "C6EFCE" or "FFC6EFCE" → "FFC6EFCE" (ExcelJS wants ARGB). */
export function toArgb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new Error(`not a colour: "${color}" (expected #RRGGBB)`);
}
