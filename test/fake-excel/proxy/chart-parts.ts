/** Fake ChartTitle, ChartLegend, their `format` objects and ChartFont. */
import type { ChartFontModel, ChartModel } from '../model/chart';
import { normaliseColor } from '../model/style';
import { FakeLoadable } from './base';
import { ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

type TitleScalars = Pick<Excel.ChartTitle, 'text' | 'visible' | 'overlay'>;

const TITLE_SCHEMA: ProxySchema<ChartModel, TitleScalars> = {
  typeName: 'ChartTitle',
  scalars: { text: (c) => c.title.text, visible: (c) => c.title.visible, overlay: (c) => c.title.overlay },
  navigation: ['format'],
};

export function chartTitleProxy(chart: ProxyCore<ChartModel, unknown>): FakeChartTitle {
  return new FakeChartTitle(chart.child(TITLE_SCHEMA, 'title', (c) => c));
}

export class FakeChartTitle
  extends FakeLoadable<Excel.ChartTitle, ChartModel, TitleScalars>
  implements Faithful<FakeChartTitle, Excel.ChartTitle>
{
  get text(): string {
    return this[CORE].read('text');
  }
  /** Setting a text shows the title, as in Excel. */
  set text(text: string) {
    this[CORE].action('text', text, (c) => {
      c.title.text = text;
      c.title.visible = true;
    });
  }
  get visible(): boolean {
    return this[CORE].read('visible');
  }
  set visible(visible: boolean) {
    this[CORE].action('visible', visible, (c) => (c.title.visible = visible));
  }
  get overlay(): boolean {
    return this[CORE].read('overlay');
  }
  set overlay(overlay: boolean) {
    this[CORE].action('overlay', overlay, (c) => (c.title.overlay = overlay));
  }
  get format(): Excel.ChartTitleFormat {
    const core = this[CORE];
    return asReal(core.nav('format', () => new FakeChartTitleFormat(core.child(FORMAT_SCHEMA_TITLE, 'format', (c) => c))));
  }
}

type LegendScalars = Pick<Excel.ChartLegend, 'position' | 'visible' | 'overlay'>;

const LEGEND_SCHEMA: ProxySchema<ChartModel, LegendScalars> = {
  typeName: 'ChartLegend',
  scalars: {
    position: (c) => c.legend.position as Excel.ChartLegend['position'],
    visible: (c) => c.legend.visible,
    overlay: (c) => c.legend.overlay,
  },
  navigation: ['format'],
};

export function chartLegendProxy(chart: ProxyCore<ChartModel, unknown>): FakeChartLegend {
  return new FakeChartLegend(chart.child(LEGEND_SCHEMA, 'legend', (c) => c));
}

export class FakeChartLegend
  extends FakeLoadable<Excel.ChartLegend, ChartModel, LegendScalars>
  implements Faithful<FakeChartLegend, Excel.ChartLegend>
{
  get position(): Excel.ChartLegend['position'] {
    return this[CORE].read('position');
  }
  set position(position: Excel.ChartLegend['position']) {
    this[CORE].action('position', position, (c) => (c.legend.position = position));
  }
  get visible(): boolean {
    return this[CORE].read('visible');
  }
  set visible(visible: boolean) {
    this[CORE].action('visible', visible, (c) => (c.legend.visible = visible));
  }
  get overlay(): boolean {
    return this[CORE].read('overlay');
  }
  set overlay(overlay: boolean) {
    this[CORE].action('overlay', overlay, (c) => (c.legend.overlay = overlay));
  }
  get format(): Excel.ChartLegendFormat {
    const core = this[CORE];
    return asReal(core.nav('format', () => new FakeChartLegendFormat(core.child(FORMAT_SCHEMA_LEGEND, 'format', (c) => c))));
  }
}

const FORMAT_SCHEMA_TITLE: ProxySchema<ChartModel, object> = { typeName: 'ChartTitleFormat', scalars: {}, navigation: ['font'] };
const FORMAT_SCHEMA_LEGEND: ProxySchema<ChartModel, object> = { typeName: 'ChartLegendFormat', scalars: {}, navigation: ['font'] };

export class FakeChartTitleFormat
  extends FakeLoadable<Excel.ChartTitleFormat, ChartModel, object>
  implements Faithful<FakeChartTitleFormat, Excel.ChartTitleFormat>
{
  get font(): Excel.ChartFont {
    return asReal(this[CORE].nav('font', () => chartFontProxy(this[CORE], (c) => c.title.font)));
  }
}

export class FakeChartLegendFormat
  extends FakeLoadable<Excel.ChartLegendFormat, ChartModel, object>
  implements Faithful<FakeChartLegendFormat, Excel.ChartLegendFormat>
{
  get font(): Excel.ChartFont {
    return asReal(this[CORE].nav('font', () => chartFontProxy(this[CORE], (c) => c.legend.font)));
  }
}

type FontScalars = Pick<Excel.ChartFont, 'bold' | 'italic' | 'color' | 'size' | 'name' | 'underline'>;

const FONT_SCHEMA: ProxySchema<ChartFontModel, FontScalars> = {
  typeName: 'ChartFont',
  scalars: {
    bold: (f) => f.bold,
    italic: (f) => f.italic,
    color: (f) => f.color,
    size: (f) => f.size,
    name: (f) => f.name,
    underline: (f) => f.underline as Excel.ChartFont['underline'],
  },
};

export function chartFontProxy<T>(parent: ProxyCore<T, unknown>, pick: (target: T) => ChartFontModel): FakeChartFont {
  return new FakeChartFont(parent.child(FONT_SCHEMA, 'font', (t) => (t === null ? null : pick(t))));
}

export class FakeChartFont
  extends FakeLoadable<Excel.ChartFont, ChartFontModel, FontScalars>
  implements Faithful<FakeChartFont, Excel.ChartFont>
{
  get bold(): boolean {
    return this[CORE].read('bold');
  }
  set bold(bold: boolean) {
    this[CORE].action('bold', bold, (f) => (f.bold = bold));
  }
  get italic(): boolean {
    return this[CORE].read('italic');
  }
  set italic(italic: boolean) {
    this[CORE].action('italic', italic, (f) => (f.italic = italic));
  }
  get color(): string {
    return this[CORE].read('color');
  }
  set color(color: string) {
    this[CORE].action('color', color, (f) => (f.color = normaliseColor(color)));
  }
  get size(): number {
    return this[CORE].read('size');
  }
  set size(size: number) {
    this[CORE].action('size', size, (f) => (f.size = size));
  }
  get name(): string {
    return this[CORE].read('name');
  }
  set name(name: string) {
    this[CORE].action('name', name, (f) => (f.name = name));
  }
  get underline(): Excel.ChartFont['underline'] {
    return this[CORE].read('underline');
  }
  set underline(underline: Excel.ChartFont['underline']) {
    this[CORE].action('underline', underline, (f) => (f.underline = underline));
  }
}
