/** Fake ChartSeriesCollection and ChartSeries. */
import { officeError } from '../errors';
import { ChartModel, SeriesModel, newSeries } from '../model/chart';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { rangeResolver } from './range-args';
import { CORE, Faithful, asReal } from './typing';

interface SeriesTarget {
  readonly chart: ChartModel;
  readonly series: SeriesModel;
}

type CollectionScalars = Pick<Excel.ChartSeriesCollection, 'count'>;

const COLLECTION_SCHEMA: ProxySchema<ChartModel, CollectionScalars> = {
  typeName: 'ChartSeriesCollection',
  scalars: { count: (c) => c.series.length },
  items: (chart, ctx, path) =>
    chart.series.map(
      (series, i) => new FakeChartSeries(ProxyCore.forTarget(ctx, SERIES_SCHEMA, `${path}.${call('getItemAt', i)}`, { chart, series })),
    ),
};

export function chartSeriesCollectionProxy(chart: ProxyCore<ChartModel, unknown>): FakeChartSeriesCollection {
  return new FakeChartSeriesCollection(chart.child(COLLECTION_SCHEMA, 'series', (c) => c));
}

export class FakeChartSeriesCollection
  extends FakeLoadable<Excel.ChartSeriesCollection, ChartModel, CollectionScalars>
  implements Faithful<FakeChartSeriesCollection, Excel.ChartSeriesCollection>
{
  get count(): number {
    return this[CORE].read('count');
  }
  get items(): Excel.ChartSeries[] {
    return this[CORE].readItems<Excel.ChartSeries>();
  }
  /** A new series has no data until setValues; without a name Excel calls it "Series<n>". */
  add(name?: string, index?: number): Excel.ChartSeries {
    const core = this[CORE];
    const create = (chart: ChartModel): SeriesTarget => {
      const series = newSeries(chart, name ?? `Series${chart.series.length + 1}`);
      const at = index ?? chart.series.length;
      if (at < 0 || at > chart.series.length) throw officeError('InvalidArgument', 'ChartSeriesCollection.add');
      chart.series.splice(at, 0, series);
      return { chart, series };
    };
    return asReal(queueCreate(core, 'add', [name ?? null, index ?? null], create, (path, resolve) => seriesProxy(core.ctx, path, resolve)));
  }
  getItemAt(index: number): Excel.ChartSeries {
    const core = this[CORE];
    const series = seriesProxy(core.ctx, `${core.path}.${call('getItemAt', index)}`, () => {
      const chart = core.targetOrNull();
      if (!chart) return null;
      const found = chart.series[index];
      if (!found) throw officeError('ItemNotFound', 'ChartSeriesCollection.getItemAt');
      return { chart, series: found };
    });
    series[CORE].queueBind('ChartSeriesCollection.getItemAt', [index]);
    return asReal(series);
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (c) => c.series.length);
  }
}

type SeriesScalars = Pick<Excel.ChartSeries, 'name' | 'chartType' | 'markerStyle' | 'markerSize' | 'smooth'>;

const SERIES_SCHEMA: ProxySchema<SeriesTarget, SeriesScalars> = {
  typeName: 'ChartSeries',
  scalars: {
    name: (t) => t.series.name,
    chartType: (t) => (t.series.chartType ?? t.chart.chartType) as Excel.ChartSeries['chartType'],
    markerStyle: (t) => t.series.markerStyle as Excel.ChartSeries['markerStyle'],
    markerSize: (t) => t.series.markerSize,
    smooth: (t) => t.series.smooth,
  },
  isAlive: (t) => !t.series.deleted && !t.chart.deleted,
};

function seriesProxy(ctx: ContextCore, path: string, resolve: () => SeriesTarget | null): FakeChartSeries {
  return new FakeChartSeries(new ProxyCore(ctx, SERIES_SCHEMA, path, resolve));
}

export class FakeChartSeries
  extends FakeLoadable<Excel.ChartSeries, SeriesTarget, SeriesScalars>
  implements Faithful<FakeChartSeries, Excel.ChartSeries>
{
  get name(): string {
    return this[CORE].read('name');
  }
  set name(name: string) {
    this[CORE].action('name', name, (t) => (t.series.name = name));
  }
  get chartType(): Excel.ChartSeries['chartType'] {
    return this[CORE].read('chartType');
  }
  set chartType(type: Excel.ChartSeries['chartType']) {
    this[CORE].action('chartType', type, (t) => (t.series.chartType = type));
  }
  get markerStyle(): Excel.ChartSeries['markerStyle'] {
    return this[CORE].read('markerStyle');
  }
  set markerStyle(style: Excel.ChartSeries['markerStyle']) {
    this[CORE].action('markerStyle', style, (t) => (t.series.markerStyle = style));
  }
  get markerSize(): number {
    return this[CORE].read('markerSize');
  }
  set markerSize(size: number) {
    this[CORE].action('markerSize', size, (t) => (t.series.markerSize = size));
  }
  get smooth(): boolean {
    return this[CORE].read('smooth');
  }
  set smooth(smooth: boolean) {
    this[CORE].action('smooth', smooth, (t) => (t.series.smooth = smooth));
  }

  setValues(sourceData: Excel.Range): void {
    this.setData('setValues', sourceData, (t, ref) => (t.series.values = ref));
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this.setData('setXAxisValues', sourceData, (t, ref) => (t.series.xValues = ref));
  }
  delete(): void {
    this[CORE].action('delete', null, (t) => {
      t.series.deleted = true;
      t.chart.series.splice(t.chart.series.indexOf(t.series), 1);
    });
  }

  private setData(
    member: string,
    sourceData: Excel.Range,
    apply: (t: SeriesTarget, ref: ReturnType<ReturnType<typeof rangeResolver>>) => void,
  ): void {
    const core = this[CORE];
    const location = `ChartSeries.${member}`;
    const source = rangeResolver(core.ctx, sourceData, () => core.target(location).chart.sheet, location);
    core.action(member, 'Range', (t) => apply(t, source()));
  }
}
