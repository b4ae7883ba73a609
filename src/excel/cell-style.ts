import { CellStyle } from '../core/model/sheet';

/** How each cell style looks; the ExcelJS renderer keeps the same values (src/xlsx/styles.ts). */
export const STYLE_LOOK: Readonly<
  Record<CellStyle, { bold?: boolean; italic?: boolean; size?: number; color?: string; fill?: string; bottomBorder?: boolean }>
> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: '#595959' },
  header: { bold: true, fill: '#E7E6E6', bottomBorder: true },
  note: { color: '#7F7F7F', size: 9 },
  bold: { bold: true },
  warning: { color: '#9C5700' },
  error: { color: '#9C0006' },
};
