/**
 * Charts as data: type, source range, series (with their value/category ranges), title, legend,
 * axes and placement. Nothing is drawn; tests assert on what the add-in configured.
 */
import { CellContent } from './cell-input';
import { Rect, rect } from './rect';
import type { SheetModel } from './sheet';

export interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export interface ChartFontModel {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  name: string;
  underline: string;
}

export interface SeriesModel {
  readonly id: number;
  name: string;
  /** null: the chart's type. */
  chartType: string | null;
  values: RangeRef | null;
  xValues: RangeRef | null;
  markerStyle: string;
  markerSize: number;
  smooth: boolean;
  deleted: boolean;
}

export interface AxisModel {
  /** null: automatic. */
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  minorUnit: number | null;
  visible: boolean;
  numberFormat: string;
  categoryNames: RangeRef | null;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  chartType: string;
  readonly sheet: SheetModel;
  source: RangeRef | null;
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  readonly title: { text: string; visible: boolean; overlay: boolean; readonly font: ChartFontModel };
  readonly legend: { position: string; visible: boolean; overlay: boolean; readonly font: ChartFontModel };
  readonly axes: { readonly value: AxisModel; readonly category: AxisModel };
  readonly series: SeriesModel[];
  position: { top: number; left: number; width: number; height: number };
  /** The cells given to setPosition, as A1 addresses; null until setPosition is called. */
  anchor: { start: string | null; end: string | null };
  style: number;
  nextSeriesId: number;
  deleted: boolean;
}

export const defaultFont = (size = 10): ChartFontModel => ({
  bold: false,
  italic: false,
  color: '#595959',
  size,
  name: 'Calibri',
  underline: 'None',
});

const defaultAxis = (): AxisModel => ({
  minimum: null,
  maximum: null,
  majorUnit: null,
  minorUnit: null,
  visible: true,
  numberFormat: 'General',
  categoryNames: null,
});

export function newChart(id: string, name: string, chartType: string, sheet: SheetModel, offset: number): ChartModel {
  return {
    id,
    name,
    chartType,
    sheet,
    source: null,
    seriesBy: 'Auto',
    title: { text: '', visible: false, overlay: false, font: defaultFont(14) },
    legend: { position: 'Right', visible: true, overlay: false, font: defaultFont(9) },
    axes: { value: defaultAxis(), category: defaultAxis() },
    series: [],
    // Excel's default chart is 5 x 3 inches; new charts cascade a little so they do not overlap exactly.
    position: { top: 15 + offset * 15, left: 200 + offset * 15, width: 360, height: 216 },
    anchor: { start: null, end: null },
    style: 2,
    nextSeriesId: 1,
    deleted: false,
  };
}

export function newSeries(chart: ChartModel, name: string): SeriesModel {
  const series: SeriesModel = {
    id: chart.nextSeriesId++,
    name,
    chartType: null,
    values: null,
    xValues: null,
    markerStyle: 'Automatic',
    markerSize: 5,
    smooth: false,
    deleted: false,
  };
  return series;
}

/**
 * Series from a source range the way Excel's "Auto" does it: series run along the longer side
 * (columns when there are at least as many rows as columns); a first row/column holding text
 * supplies series names/categories; an empty top-left cell marks both.
 */
export function deriveSeries(
  chart: ChartModel,
  source: RangeRef,
  seriesBy: ChartModel['seriesBy'],
  textAt: (row: number, col: number) => CellContent,
): void {
  const r = source.rect;
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && r.rows >= r.cols);
  const along = byColumns ? { lines: r.cols, length: r.rows } : { lines: r.rows, length: r.cols };
  const cell = (line: number, pos: number) => (byColumns ? textAt(r.row + pos, r.col + line) : textAt(r.row + line, r.col + pos));
  const isText = (c: CellContent) => typeof c.value === 'string' && c.value !== '' && !c.isError;
  const corner = cell(0, 0);
  const labelsAt0 = along.length > 1 && (corner.value === '' || Array.from({ length: along.lines }, (_, l) => cell(l, 0)).some(isText));
  const categoriesAt0 =
    along.lines > 1 && (corner.value === '' || Array.from({ length: along.length - 1 }, (_, p) => cell(0, p + 1)).some(isText));
  const first = labelsAt0 ? 1 : 0;
  const firstLine = categoriesAt0 ? 1 : 0;
  const slice = (line: number, from: number): Rect =>
    byColumns ? rect(r.row + from, r.col + line, r.rows - from, 1) : rect(r.row + line, r.col + from, 1, r.cols - from);
  chart.series.splice(0, chart.series.length);
  for (let line = firstLine; line < along.lines; line += 1) {
    const label = labelsAt0 ? cell(line, 0) : null;
    const series = newSeries(chart, label && label.value !== '' ? String(label.value) : `Series${line - firstLine + 1}`);
    series.values = { sheet: source.sheet, rect: slice(line, first) };
    series.xValues = categoriesAt0 ? { sheet: source.sheet, rect: slice(0, first) } : null;
    chart.series.push(series);
  }
  chart.source = source;
  chart.seriesBy = seriesBy;
  const only = chart.series.length === 1 ? chart.series[0] : undefined;
  if (only && labelsAt0) {
    chart.title.text = only.name;
    chart.title.visible = true;
  }
}
