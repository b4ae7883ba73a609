/** Fake RangeFormat with its font, fill and borders. */
import type { RangeRef } from '../model/chart';
import { autofitColumns, autofitRows, mixed, patchRangeStyle, uniformStyle } from '../model/range-style';
import { MAX_COLS, lastCol, lastRow } from '../model/rect';
import { CellStyle, StylePatch, normaliseColor } from '../model/style';
import { FakeLoadable } from './base';
import { FakeRangeBorderCollection, bordersSchema } from './range-borders';
import { ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

type FormatScalars = Pick<
  Excel.RangeFormat,
  'columnWidth' | 'rowHeight' | 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'indentLevel'
>;

function uniformSize(values: Iterable<number>): number {
  const seen = new Set(values);
  const [only] = seen;
  return seen.size === 1 && only !== undefined ? only : mixed<number>();
}

const FORMAT_SCHEMA: ProxySchema<RangeRef, FormatScalars> = {
  typeName: 'RangeFormat',
  scalars: {
    columnWidth: (t) => uniformSize(Array.from({ length: Math.min(t.rect.cols, MAX_COLS) }, (_, i) => t.sheet.columnWidth(t.rect.col + i))),
    rowHeight: (t) => uniformSize(Array.from({ length: Math.min(t.rect.rows, 10_000) }, (_, i) => t.sheet.rowHeight(t.rect.row + i))),
    horizontalAlignment: (t) => uniformStyle(t, (s) => s.horizontalAlignment),
    verticalAlignment: (t) => uniformStyle(t, (s) => s.verticalAlignment),
    wrapText: (t) => uniformStyle(t, (s) => s.wrapText),
    indentLevel: (t) => uniformStyle(t, (s) => s.indentLevel),
  },
  navigation: ['font', 'fill', 'borders'],
};

export function rangeFormatProxy(range: ProxyCore<RangeRef, unknown>): FakeRangeFormat {
  return new FakeRangeFormat(range.child(FORMAT_SCHEMA, 'format', (t) => t));
}

export class FakeRangeFormat
  extends FakeLoadable<Excel.RangeFormat, RangeRef, FormatScalars>
  implements Faithful<FakeRangeFormat, Excel.RangeFormat>
{
  get columnWidth(): number {
    return this[CORE].read('columnWidth');
  }
  set columnWidth(width: number) {
    this[CORE].action('columnWidth', width, (t) => {
      for (let col = t.rect.col; col <= Math.min(lastCol(t.rect), MAX_COLS - 1); col += 1) {
        t.sheet.columnWidths.set(col, width);
        t.sheet.autofitColumns.delete(col);
      }
    });
  }
  get rowHeight(): number {
    return this[CORE].read('rowHeight');
  }
  set rowHeight(height: number) {
    this[CORE].action('rowHeight', height, (t) => {
      for (let row = t.rect.row; row <= lastRow(t.rect); row += 1) {
        t.sheet.rowHeights.set(row, height);
        t.sheet.autofitRows.delete(row);
      }
    });
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this[CORE].read('horizontalAlignment');
  }
  set horizontalAlignment(value: Excel.RangeFormat['horizontalAlignment']) {
    this.patch('horizontalAlignment', { horizontalAlignment: value });
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this[CORE].read('verticalAlignment');
  }
  set verticalAlignment(value: Excel.RangeFormat['verticalAlignment']) {
    this.patch('verticalAlignment', { verticalAlignment: value });
  }
  get wrapText(): boolean {
    return this[CORE].read('wrapText');
  }
  set wrapText(value: boolean) {
    this.patch('wrapText', { wrapText: value });
  }
  get indentLevel(): number {
    return this[CORE].read('indentLevel');
  }
  set indentLevel(value: number) {
    this.patch('indentLevel', { indentLevel: value });
  }

  get font(): Excel.RangeFont {
    return asReal(this[CORE].nav('font', () => new FakeRangeFont(this[CORE].child(FONT_SCHEMA, 'font', (t) => t))));
  }
  get fill(): Excel.RangeFill {
    return asReal(this[CORE].nav('fill', () => new FakeRangeFill(this[CORE].child(FILL_SCHEMA, 'fill', (t) => t))));
  }
  get borders(): Excel.RangeBorderCollection {
    return asReal(this[CORE].nav('borders', () => new FakeRangeBorderCollection(this[CORE].child(bordersSchema, 'borders', (t) => t))));
  }

  autofitColumns(): void {
    this[CORE].action('autofitColumns', null, (t) => autofitColumns(t, 'RangeFormat.autofitColumns'));
  }
  autofitRows(): void {
    this[CORE].action('autofitRows', null, (t) => autofitRows(t, 'RangeFormat.autofitRows'));
  }

  private patch(member: string, patch: StylePatch): void {
    this[CORE].action(member, patch, (t) => patchRangeStyle(t, patch, `RangeFormat.${member}`));
  }
}

type FontScalars = Pick<Excel.RangeFont, 'bold' | 'italic' | 'color' | 'size' | 'name' | 'underline' | 'strikethrough'>;

const FONT_SCHEMA: ProxySchema<RangeRef, FontScalars> = {
  typeName: 'RangeFont',
  scalars: {
    bold: (t) => uniformStyle(t, (s) => s.bold),
    italic: (t) => uniformStyle(t, (s) => s.italic),
    color: (t) => uniformStyle(t, (s) => s.fontColor),
    size: (t) => uniformStyle(t, (s) => s.fontSize),
    name: (t) => uniformStyle(t, (s) => s.fontName),
    underline: (t) => uniformStyle(t, (s) => s.underline),
    strikethrough: (t) => uniformStyle(t, (s) => s.strikethrough),
  },
};

export class FakeRangeFont
  extends FakeLoadable<Excel.RangeFont, RangeRef, FontScalars>
  implements Faithful<FakeRangeFont, Excel.RangeFont>
{
  get bold(): boolean {
    return this[CORE].read('bold');
  }
  set bold(value: boolean) {
    this.patch('bold', { bold: value });
  }
  get italic(): boolean {
    return this[CORE].read('italic');
  }
  set italic(value: boolean) {
    this.patch('italic', { italic: value });
  }
  get color(): string {
    return this[CORE].read('color');
  }
  set color(value: string) {
    this.patch('color', { fontColor: normaliseColor(value) });
  }
  get size(): number {
    return this[CORE].read('size');
  }
  set size(value: number) {
    this.patch('size', { fontSize: value });
  }
  get name(): string {
    return this[CORE].read('name');
  }
  set name(value: string) {
    this.patch('name', { fontName: value });
  }
  get underline(): Excel.RangeFont['underline'] {
    return this[CORE].read('underline');
  }
  set underline(value: Excel.RangeFont['underline']) {
    this.patch('underline', { underline: value });
  }
  get strikethrough(): boolean {
    return this[CORE].read('strikethrough');
  }
  set strikethrough(value: boolean) {
    this.patch('strikethrough', { strikethrough: value });
  }

  private patch(member: string, patch: StylePatch): void {
    this[CORE].action(member, patch, (t) => patchRangeStyle(t, patch, `RangeFont.${member}`));
  }
}

type FillScalars = Pick<Excel.RangeFill, 'color'>;

const FILL_SCHEMA: ProxySchema<RangeRef, FillScalars> = {
  typeName: 'RangeFill',
  scalars: { color: (t) => uniformStyle(t, (s: CellStyle) => s.fillColor ?? '#FFFFFF') },
};

export class FakeRangeFill
  extends FakeLoadable<Excel.RangeFill, RangeRef, FillScalars>
  implements Faithful<FakeRangeFill, Excel.RangeFill>
{
  get color(): string {
    return this[CORE].read('color');
  }
  set color(value: string) {
    const patch = { fillColor: normaliseColor(value) };
    this[CORE].action('color', patch, (t) => patchRangeStyle(t, patch, 'RangeFill.color'));
  }
  clear(): void {
    this[CORE].action('clear', null, (t) => patchRangeStyle(t, { fillColor: null }, 'RangeFill.clear'));
  }
}
