/** Fake Excel.ChartCollection and Excel.Chart. */
import { officeError } from '../errors';
import { ChartModel, deriveSeries, newChart } from '../model/chart';
import { formatAddress } from '../model/a1';
import { nextFreeName, sameName } from '../model/names';
import { lastCol, lastRow } from '../model/rect';
import type { SheetModel } from '../model/sheet';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { chartAxesProxy } from './chart-axes';
import { chartLegendProxy, chartTitleProxy } from './chart-parts';
import { chartSeriesCollectionProxy } from './chart-series';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { rangeResolver } from './range-args';
import { CORE, Faithful, asReal } from './typing';
import { worksheetProxy } from './worksheet';

type ChartType = Excel.Chart['chartType'];
type SeriesBy = Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows';

type CollectionScalars = Pick<Excel.ChartCollection, 'count'>;

const live = (s: SheetModel) => s.charts.filter((c) => !c.deleted);

const COLLECTION_SCHEMA: ProxySchema<SheetModel, CollectionScalars> = {
  typeName: 'ChartCollection',
  scalars: { count: (s) => live(s).length },
  items: (s, ctx, path) =>
    live(s).map((c) => new FakeChart(ProxyCore.forTarget(ctx, CHART_SCHEMA, `${path}.${call('getItem', c.name)}`, c))),
  isAlive: (s) => !s.deleted,
};

export function chartCollectionProxy(sheet: ProxyCore<SheetModel, unknown>): FakeChartCollection {
  return new FakeChartCollection(sheet.child(COLLECTION_SCHEMA, 'charts', (s) => s));
}

export class FakeChartCollection
  extends FakeLoadable<Excel.ChartCollection, SheetModel, CollectionScalars>
  implements Faithful<FakeChartCollection, Excel.ChartCollection>
{
  get count(): number {
    return this[CORE].read('count');
  }
  get items(): Excel.Chart[] {
    return this[CORE].readItems<Excel.Chart>();
  }

  /** Series come from the source range as Excel's "Auto" lays them out (see model/chart.ts). */
  add(type: ChartType, sourceData: Excel.Range, seriesBy?: SeriesBy): Excel.Chart {
    const core = this[CORE];
    const location = 'ChartCollection.add';
    const source = rangeResolver(core.ctx, sourceData, () => core.target(location), location);
    const create = (sheet: SheetModel): ChartModel => {
      if (type === 'Invalid') throw officeError('InvalidArgument', location, 'Invalid chart type.');
      const name = nextFreeName(
        'Chart ',
        sheet.charts.map((c) => c.name),
      );
      const chart = newChart(core.ctx.workbook.newId(), name, type, sheet, live(sheet).length);
      const ref = source();
      deriveSeries(chart, ref, (seriesBy ?? 'Auto') as ChartModel['seriesBy'], (r, c) => ref.sheet.contentAt(r, c));
      sheet.charts.push(chart);
      return chart;
    };
    return asReal(
      queueCreate(core, 'add', [type, 'Range', seriesBy ?? 'Auto'], create, (path, resolve) => chartProxy(core.ctx, path, resolve)),
    );
  }

  getItem(name: string): Excel.Chart {
    return this.find('getItem', [name], (s) => live(s).find((c) => sameName(c.name, name)), false);
  }
  getItemOrNullObject(name: string): Excel.Chart {
    return this.find('getItemOrNullObject', [name], (s) => live(s).find((c) => sameName(c.name, name)), true);
  }
  getItemAt(index: number): Excel.Chart {
    return this.find('getItemAt', [index], (s) => live(s)[index], false);
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (s) => live(s).length);
  }

  private find(member: string, args: unknown[], pick: (s: SheetModel) => ChartModel | undefined, orNull: boolean): Excel.Chart {
    const core = this[CORE];
    const chart = chartProxy(core.ctx, `${core.path}.${call(member, ...args)}`, () => {
      const sheet = core.targetOrNull();
      const found = sheet ? pick(sheet) : undefined;
      if (found) return found;
      if (orNull || !sheet) return null;
      throw officeError('ItemNotFound', `ChartCollection.${member}`, `The chart ${JSON.stringify(args[0])} does not exist.`);
    });
    chart[CORE].queueBind(`ChartCollection.${member}`, args);
    return asReal(chart);
  }
}

type ChartScalars = Pick<Excel.Chart, 'id' | 'name' | 'chartType' | 'top' | 'left' | 'width' | 'height' | 'style'>;

const CHART_SCHEMA: ProxySchema<ChartModel, ChartScalars> = {
  typeName: 'Chart',
  scalars: {
    id: (c) => c.id,
    name: (c) => c.name,
    chartType: (c) => c.chartType as ChartType,
    top: (c) => c.position.top,
    left: (c) => c.position.left,
    width: (c) => c.position.width,
    height: (c) => c.position.height,
    style: (c) => c.style,
  },
  navigation: ['title', 'legend', 'axes', 'series', 'worksheet'],
  isAlive: (c) => !c.deleted && !c.sheet.deleted,
};

export function chartProxy(ctx: ContextCore, path: string, resolve: () => ChartModel | null): FakeChart {
  return new FakeChart(new ProxyCore(ctx, CHART_SCHEMA, path, resolve));
}

type Position = 'top' | 'left' | 'width' | 'height';

export class FakeChart extends FakeLoadable<Excel.Chart, ChartModel, ChartScalars> implements Faithful<FakeChart, Excel.Chart> {
  get id(): string {
    return this[CORE].read('id');
  }
  get name(): string {
    return this[CORE].read('name');
  }
  set name(name: string) {
    this[CORE].action('name', name, (c) => (c.name = name));
  }
  get chartType(): ChartType {
    return this[CORE].read('chartType');
  }
  set chartType(type: ChartType) {
    this[CORE].action('chartType', type, (c) => (c.chartType = type));
  }
  get style(): number {
    return this[CORE].read('style');
  }
  set style(style: number) {
    this[CORE].action('style', style, (c) => (c.style = style));
  }
  get top(): number {
    return this[CORE].read('top');
  }
  set top(value: number) {
    this.place('top', value);
  }
  get left(): number {
    return this[CORE].read('left');
  }
  set left(value: number) {
    this.place('left', value);
  }
  get width(): number {
    return this[CORE].read('width');
  }
  set width(value: number) {
    this.place('width', value);
  }
  get height(): number {
    return this[CORE].read('height');
  }
  set height(value: number) {
    this.place('height', value);
  }

  get title(): Excel.ChartTitle {
    return asReal(this[CORE].nav('title', () => chartTitleProxy(this[CORE])));
  }
  get legend(): Excel.ChartLegend {
    return asReal(this[CORE].nav('legend', () => chartLegendProxy(this[CORE])));
  }
  get axes(): Excel.ChartAxes {
    return asReal(this[CORE].nav('axes', () => chartAxesProxy(this[CORE])));
  }
  get series(): Excel.ChartSeriesCollection {
    return asReal(this[CORE].nav('series', () => chartSeriesCollectionProxy(this[CORE])));
  }
  get worksheet(): Excel.Worksheet {
    const core = this[CORE];
    return asReal(
      core.nav('worksheet', () => worksheetProxy(core.ctx, `${core.path}.worksheet`, () => core.targetOrNull()?.sheet ?? null)),
    );
  }

  /** Top-left at the start cell; with an end cell, the chart covers it entirely. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const core = this[CORE];
    const location = 'Chart.setPosition';
    const start = rangeResolver(core.ctx, startCell, () => core.target(location).sheet, location);
    const end = endCell === undefined ? undefined : rangeResolver(core.ctx, endCell, () => core.target(location).sheet, location);
    core.action(
      'setPosition',
      [typeof startCell === 'string' ? startCell : 'Range', typeof endCell === 'string' ? endCell : 'Range'],
      (c) => {
        const s = start();
        const from = c.sheet.offsetOf(s.rect.row, s.rect.col);
        c.position.top = from.top;
        c.position.left = from.left;
        c.anchor = { start: formatAddress(s.sheet.name, s.rect), end: null };
        if (end) {
          const e = end();
          const to = c.sheet.offsetOf(lastRow(e.rect) + 1, lastCol(e.rect) + 1);
          c.position.width = to.left - from.left;
          c.position.height = to.top - from.top;
          c.anchor.end = formatAddress(e.sheet.name, e.rect);
        }
      },
    );
  }

  setData(sourceData: Excel.Range, seriesBy?: SeriesBy): void {
    const core = this[CORE];
    const source = rangeResolver(core.ctx, sourceData, () => core.target('Chart.setData').sheet, 'Chart.setData');
    core.action('setData', ['Range', seriesBy ?? 'Auto'], (c) => {
      const ref = source();
      deriveSeries(c, ref, (seriesBy ?? 'Auto') as ChartModel['seriesBy'], (r, col) => ref.sheet.contentAt(r, col));
    });
  }

  activate(): void {
    this[CORE].action('activate', null, () => undefined);
  }

  delete(): void {
    this[CORE].action('delete', null, (c) => {
      c.deleted = true;
      c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1);
    });
  }

  private place(member: Position, value: number): void {
    this[CORE].action(member, value, (c) => (c.position[member] = value));
  }
}
