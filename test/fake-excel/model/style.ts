/**
 * Cell formatting as flat, immutable records. Flat keys keep "set one property on a range" a
 * one-line patch, and immutability lets many cells share one record until one of them changes.
 */

export type BorderSide =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp';

export interface BorderModel {
  readonly style: Excel.RangeBorder['style'];
  readonly color: string;
  readonly weight: Excel.RangeBorder['weight'];
}

/** A border line on one side of one cell; the inside/diagonal sides of a range map onto these. */
export type CellBorderSide = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';

export interface CellStyle {
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: Excel.RangeFont['underline'];
  readonly strikethrough: boolean;
  readonly fontColor: string;
  readonly fontSize: number;
  readonly fontName: string;
  /** null means "no fill"; Excel reports that as "#FFFFFF". */
  readonly fillColor: string | null;
  readonly horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  readonly verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  readonly wrapText: boolean;
  readonly indentLevel: number;
  readonly locked: boolean;
  readonly borders: Readonly<Partial<Record<CellBorderSide, BorderModel>>>;
}

/** Excel's "Normal" style in a new workbook. */
export const DEFAULT_STYLE: CellStyle = Object.freeze<CellStyle>({
  numberFormat: 'General',
  bold: false,
  italic: false,
  underline: 'None',
  strikethrough: false,
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  fillColor: null,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
  locked: true,
  borders: Object.freeze({}),
});

export type StylePatch = Partial<CellStyle>;

export function patchStyle(style: CellStyle, patch: StylePatch): CellStyle {
  return Object.freeze({ ...style, ...patch });
}

export const NO_BORDER: BorderModel = Object.freeze<BorderModel>({ style: 'None', color: '#000000', weight: 'Thin' });

/**
 * Excel answers colours as upper-case "#RRGGBB". Hex input is normalised; a few common names are
 * mapped; any other name is kept as written (the fake does not know all of Excel's colour names).
 */
export function normaliseColor(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (hex) return `#${(hex[1] ?? '').toUpperCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color.trim());
  if (short)
    return `#${short
      .slice(1)
      .map((c) => `${c}${c}`)
      .join('')
      .toUpperCase()}`;
  return NAMED_COLORS[color.trim().toLowerCase()] ?? color;
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9',
  purple: '#800080',
  navy: '#000080',
};
