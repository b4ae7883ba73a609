import { Cell, CellStyle } from '../model/sheet';

/** Small constructors so sheet builders read like the sheet they build. */
export const text = (v: string, style?: CellStyle): Cell => (style ? { v, style } : { v });
export const num = (v: number | null, fmt: string, style?: CellStyle): Cell => (style ? { v, fmt, style } : { v, fmt });
export const empty: Cell = { v: null };
export const header = (v: string, note?: string): Cell => (note ? { v, style: 'header', note } : { v, style: 'header' });

export const FMT = {
  score: '0.0',
  delta: '+0.0;-0.0;0.0',
  share: '0%',
  count: '#,##0',
  int: '0',
  percentNumber: '0.0" %"',
  euro: '#,##0" €"',
  date: 'dd.mm.yyyy hh:mm',
} as const;

/** Conditional-format colours: type I warm, II neutral blue, III green; scales red–yellow–green. */
export const COLOURS = {
  type: {
    1: { fill: '#F8D7C4', font: '#7A2E0B' },
    2: { fill: '#D6E4F5', font: '#1F3F6B' },
    3: { fill: '#CDEBD3', font: '#1D5C2C' },
  },
  scale: { low: '#F8696B', mid: '#FFEB84', high: '#63BE7B' },
} as const;
