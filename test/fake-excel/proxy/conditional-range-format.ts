/** The format a conditional format applies: number format, font and fill (ConditionalRange*). */
import type { ConditionalStyle } from '../model/range-rules';
import { mixed } from '../model/range-style';
import { normaliseColor } from '../model/style';
import { FakeLoadable } from './base';
import type { CfTarget } from './conditional-formats';
import { ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

type RangeFormatScalars = Pick<Excel.ConditionalRangeFormat, 'numberFormat'>;

const styleOf = (t: CfTarget): ConditionalStyle => t.cf.style;
const orNull = <V>(value: V | null): V => (value === null ? mixed<V>() : value);

const FORMAT_SCHEMA: ProxySchema<CfTarget, RangeFormatScalars> = {
  typeName: 'ConditionalRangeFormat',
  scalars: { numberFormat: (t) => styleOf(t).numberFormat },
  navigation: ['font', 'fill'],
};

export function conditionalRangeFormatProxy(part: ProxyCore<CfTarget, unknown>): FakeConditionalRangeFormat {
  return new FakeConditionalRangeFormat(part.child(FORMAT_SCHEMA, 'format', (t) => t));
}

export class FakeConditionalRangeFormat
  extends FakeLoadable<Excel.ConditionalRangeFormat, CfTarget, RangeFormatScalars>
  implements Faithful<FakeConditionalRangeFormat, Excel.ConditionalRangeFormat>
{
  get numberFormat(): unknown {
    return this[CORE].read('numberFormat');
  }
  set numberFormat(format: unknown) {
    this[CORE].action('numberFormat', format, (t) => (styleOf(t).numberFormat = typeof format === 'string' ? format : null));
  }
  get font(): Excel.ConditionalRangeFont {
    return asReal(this[CORE].nav('font', () => new FakeConditionalRangeFont(this[CORE].child(FONT_SCHEMA, 'font', (t) => t))));
  }
  get fill(): Excel.ConditionalRangeFill {
    return asReal(this[CORE].nav('fill', () => new FakeConditionalRangeFill(this[CORE].child(FILL_SCHEMA, 'fill', (t) => t))));
  }
  clearFormat(): void {
    this[CORE].action('clearFormat', null, (t) => {
      const style = styleOf(t);
      for (const key of Object.keys(style) as (keyof ConditionalStyle)[]) style[key] = null;
    });
  }
}

type FontScalars = Pick<Excel.ConditionalRangeFont, 'bold' | 'italic' | 'color' | 'strikethrough' | 'underline'>;

const FONT_SCHEMA: ProxySchema<CfTarget, FontScalars> = {
  typeName: 'ConditionalRangeFont',
  scalars: {
    bold: (t) => orNull(styleOf(t).bold),
    italic: (t) => orNull(styleOf(t).italic),
    color: (t) => orNull(styleOf(t).fontColor),
    strikethrough: (t) => orNull(styleOf(t).strikethrough),
    underline: (t) => orNull(styleOf(t).underline) as Excel.ConditionalRangeFont['underline'],
  },
};

export class FakeConditionalRangeFont
  extends FakeLoadable<Excel.ConditionalRangeFont, CfTarget, FontScalars>
  implements Faithful<FakeConditionalRangeFont, Excel.ConditionalRangeFont>
{
  get bold(): boolean {
    return this[CORE].read('bold');
  }
  set bold(bold: boolean) {
    this.set('bold', { bold });
  }
  get italic(): boolean {
    return this[CORE].read('italic');
  }
  set italic(italic: boolean) {
    this.set('italic', { italic });
  }
  get color(): string {
    return this[CORE].read('color');
  }
  set color(color: string) {
    this.set('color', { fontColor: normaliseColor(color) });
  }
  get strikethrough(): boolean {
    return this[CORE].read('strikethrough');
  }
  set strikethrough(strikethrough: boolean) {
    this.set('strikethrough', { strikethrough });
  }
  get underline(): Excel.ConditionalRangeFont['underline'] {
    return this[CORE].read('underline');
  }
  set underline(underline: Excel.ConditionalRangeFont['underline']) {
    this.set('underline', { underline });
  }
  clear(): void {
    this.set('clear', { bold: null, italic: null, fontColor: null, strikethrough: null, underline: null });
  }

  private set(member: string, change: Partial<ConditionalStyle>): void {
    this[CORE].action(member, change, (t) => Object.assign(styleOf(t), change));
  }
}

type FillScalars = Pick<Excel.ConditionalRangeFill, 'color'>;

const FILL_SCHEMA: ProxySchema<CfTarget, FillScalars> = {
  typeName: 'ConditionalRangeFill',
  scalars: { color: (t) => orNull(styleOf(t).fillColor) },
};

export class FakeConditionalRangeFill
  extends FakeLoadable<Excel.ConditionalRangeFill, CfTarget, FillScalars>
  implements Faithful<FakeConditionalRangeFill, Excel.ConditionalRangeFill>
{
  get color(): string {
    return this[CORE].read('color');
  }
  set color(color: string) {
    const fillColor = normaliseColor(color);
    this[CORE].action('color', fillColor, (t) => (styleOf(t).fillColor = fillColor));
  }
  clear(): void {
    this[CORE].action('clear', null, (t) => (styleOf(t).fillColor = null));
  }
}
