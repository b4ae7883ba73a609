import type { ChartType } from '../../src/core/model/sheet';
import { readPackage, relsOf, resolvePart, sheetLinkedPart, sheetParts } from './read-package';
import { all, descendants, one, type XmlElement } from './xml-tree';

/** A chart as read back from a written .xlsx, for assertions in tests. */
export interface ReadChart {
  sheet: string;
  chartPart: string;
  drawingPart: string;
  frameName: string;
  anchor: { row: number; col: number; rows: number; cols: number };
  type: ChartType;
  title: string;
  legend: 'bottom' | 'right' | 'none';
  axis: { min: number; max: number; majorUnit: number };
  hasCategoryAxis: boolean;
  series: ReadSeries[];
}

export interface ReadSeries {
  nameRef: string;
  name: string;
  categoriesRef: string;
  categories: string[];
  valuesRef: string;
  values: Array<number | null>;
}

const TYPES: Record<string, ChartType> = { standard: 'radar', marker: 'radarMarkers', filled: 'radarFilled' };

/** All charts of all sheets, in sheet order and drawing order. */
export async function readCharts(xlsxBytes: Uint8Array): Promise<ReadChart[]> {
  const parts = await readPackage(xlsxBytes);
  const charts: ReadChart[] = [];
  for (const [sheet, sheetPart] of sheetParts(parts)) {
    const drawingPart = sheetLinkedPart(parts, sheetPart, 'drawing');
    if (!drawingPart) continue;
    const drawingRels = relsOf(parts, drawingPart);
    for (const anchor of all(parts.xml(drawingPart), 'xdr:twoCellAnchor')) {
      const frame = one(anchor, 'xdr:graphicFrame');
      if (!frame) continue;
      const ref = one(frame, 'a:graphic/a:graphicData/c:chart')!.attrs['r:id']!;
      const chartPart = resolvePart(drawingPart, drawingRels.get(ref)!.target);
      const from = cellOf(one(anchor, 'xdr:from')!);
      const to = cellOf(one(anchor, 'xdr:to')!);
      charts.push({
        sheet,
        chartPart,
        drawingPart,
        frameName: one(frame, 'xdr:nvGraphicFramePr/xdr:cNvPr')!.attrs.name!,
        anchor: { ...from, rows: to.row - from.row, cols: to.col - from.col },
        ...readChartSpace(parts.xml(chartPart)),
      });
    }
  }
  return charts;
}

function cellOf(marker: XmlElement): { row: number; col: number } {
  return { row: Number(one(marker, 'xdr:row')!.text), col: Number(one(marker, 'xdr:col')!.text) };
}

const valOf = (el: XmlElement, path: string) => one(el, path)?.attrs.val;

function readChartSpace(space: XmlElement): Omit<ReadChart, 'sheet' | 'chartPart' | 'drawingPart' | 'frameName' | 'anchor'> {
  const chart = one(space, 'c:chart')!;
  const radar = one(chart, 'c:plotArea/c:radarChart');
  if (!radar) throw new Error('no c:radarChart in chart part');
  const valAx = one(chart, 'c:plotArea/c:valAx')!;
  const legendPos = valOf(chart, 'c:legend/c:legendPos');
  return {
    type: TYPES[valOf(radar, 'c:radarStyle') ?? '']!,
    title: descendants(one(chart, 'c:title')!)
      .filter((e) => e.name === 'a:t')
      .map((e) => e.text)
      .join(''),
    legend: legendPos === undefined ? 'none' : legendPos === 'b' ? 'bottom' : 'right',
    axis: {
      min: Number(valOf(valAx, 'c:scaling/c:min')),
      max: Number(valOf(valAx, 'c:scaling/c:max')),
      majorUnit: Number(valOf(valAx, 'c:majorUnit')),
    },
    hasCategoryAxis: one(chart, 'c:plotArea/c:catAx') !== undefined,
    series: all(radar, 'c:ser').map(readSeries),
  };
}

function cache(ref: XmlElement, cacheName: string): Array<string | null> {
  const data = one(ref, cacheName)!;
  const points: Array<string | null> = Array.from({ length: Number(valOf(data, 'c:ptCount')) }, () => null);
  for (const pt of all(data, 'c:pt')) points[Number(pt.attrs.idx)] = one(pt, 'c:v')!.text;
  return points;
}

function readSeries(ser: XmlElement): ReadSeries {
  const name = one(ser, 'c:tx/c:strRef')!;
  const cat = one(ser, 'c:cat/c:strRef')!;
  const val = one(ser, 'c:val/c:numRef')!;
  return {
    nameRef: one(name, 'c:f')!.text,
    name: cache(name, 'c:strCache')[0] ?? '',
    categoriesRef: one(cat, 'c:f')!.text,
    categories: cache(cat, 'c:strCache').map((v) => v ?? ''),
    valuesRef: one(val, 'c:f')!.text,
    values: cache(val, 'c:numCache').map((v) => (v === null ? null : Number(v))),
  };
}
