import type { Area, CellValue, ChartSeries, ChartSpec, ChartType } from '../../core/model/sheet';
import type { CellLookup } from '../../core/sheets/cell-lookup';
import { escapeXml } from '../package/xml';
import { areaA1 } from '../../core/address';
import { areaCells, quoteSheet } from '../refs';

/**
 * DrawingML for one radar chart (xl/charts/chartN.xml). Series refer to cells of the chart's own sheet;
 * the caches hold the current values because Excel and LibreOffice draw from them before recalculating.
 * Element order follows the CT_* sequences of ECMA-376 part 1, 21.2.
 */

export const RADAR_STYLE: Record<ChartType, 'standard' | 'marker' | 'filled'> = {
  radar: 'standard',
  radarMarkers: 'marker',
  radarFilled: 'filled',
};

/** Office's default accent colours, so that Excel and LibreOffice colour the series alike. */
const SERIES_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const CAT_AX_ID = 510000001;
const VAL_AX_ID = 510000002;

const val = (name: string, value: string | number) => `<c:${name} val="${escapeXml(String(value))}"/>`;

export function chartXml(spec: ChartSpec, sheetName: string, cells: CellLookup): string {
  const ref = (area: Area) => `${quoteSheet(sheetName)}!${areaA1(area, true)}`;
  const series = spec.series.map((s, i) => seriesXml(spec, s, i, ref, cells)).join('');
  const legend =
    spec.legend === 'none' ? '' : `<c:legend>${val('legendPos', spec.legend === 'bottom' ? 'b' : 'r')}${val('overlay', 0)}</c:legend>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    val('roundedCorners', 0) +
    '<c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>${val('overlay', 0)}</c:title>` +
    val('autoTitleDeleted', 0) +
    '<c:plotArea><c:layout/>' +
    `<c:radarChart>${val('radarStyle', RADAR_STYLE[spec.type])}${val('varyColors', 0)}${series}` +
    `${val('axId', CAT_AX_ID)}${val('axId', VAL_AX_ID)}</c:radarChart>` +
    categoryAxisXml() +
    valueAxisXml(spec.axis) +
    '</c:plotArea>' +
    legend +
    val('plotVisOnly', 1) +
    val('dispBlanksAs', 'gap') +
    '</c:chart></c:chartSpace>'
  );
}

function seriesXml(spec: ChartSpec, s: ChartSeries, index: number, ref: (a: Area) => string, cells: CellLookup): string {
  checkLine(spec, 'categories', s.categories);
  checkLine(spec, 'values', s.values);
  const nameArea = { ...s.nameCell, rows: 1, cols: 1 };
  const color = SERIES_COLORS[index % SERIES_COLORS.length]!;
  const values = areaCells(s.values).map(({ row, col }) => cells(row, col));
  return (
    `<c:ser>${val('idx', index)}${val('order', index)}` +
    `<c:tx>${strRef(ref(nameArea), [cells(s.nameCell.row, s.nameCell.col)?.v ?? null])}</c:tx>` +
    shapeXml(spec.type, color) +
    markerXml(spec.type, color) +
    `<c:cat>${strRef(
      ref(s.categories),
      areaCells(s.categories).map(({ row, col }) => cells(row, col)?.v ?? null),
    )}</c:cat>` +
    `<c:val>${numRef(
      ref(s.values),
      values.map((c) => c?.v ?? null),
      values[0]?.fmt,
    )}</c:val>` +
    '</c:ser>'
  );
}

function checkLine(spec: ChartSpec, what: string, area: Area): void {
  if (area.rows > 1 && area.cols > 1) {
    throw new Error(`chart "${spec.name}": series ${what} must be one row or one column, got ${areaA1(area)}`);
  }
}

function shapeXml(type: ChartType, color: string): string {
  const line = `<a:ln w="22225"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln>`;
  const fill = type === 'radarFilled' ? `<a:solidFill><a:srgbClr val="${color}"><a:alpha val="40000"/></a:srgbClr></a:solidFill>` : '';
  return `<c:spPr>${fill}${line}</c:spPr>`;
}

function markerXml(type: ChartType, color: string): string {
  if (type === 'radarFilled') return '';
  if (type === 'radar') return `<c:marker>${val('symbol', 'none')}</c:marker>`;
  const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  return `<c:marker>${val('symbol', 'circle')}${val('size', 5)}<c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`;
}

function strRef(formula: string, values: CellValue[]): string {
  const points = values.map((v, i) => (v === null || v === '' ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(text(v))}</c:v></c:pt>`));
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache>${val('ptCount', values.length)}${points.join('')}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: CellValue[], format: string | undefined): string {
  const points = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''));
  return (
    `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>${escapeXml(format ?? 'General')}</c:formatCode>` +
    `${val('ptCount', values.length)}${points.join('')}</c:numCache></c:numRef>`
  );
}

const text = (v: string | number | boolean) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));

function categoryAxisXml(): string {
  return (
    `<c:catAx>${val('axId', CAT_AX_ID)}<c:scaling>${val('orientation', 'minMax')}</c:scaling>${val('delete', 0)}` +
    `${val('axPos', 'b')}<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}` +
    `${val('crossAx', VAL_AX_ID)}${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}` +
    '</c:catAx>'
  );
}

function valueAxisXml(axis: ChartSpec['axis']): string {
  return (
    `<c:valAx>${val('axId', VAL_AX_ID)}` +
    `<c:scaling>${val('orientation', 'minMax')}${val('max', axis.max)}${val('min', axis.min)}</c:scaling>` +
    `${val('delete', 0)}${val('axPos', 'l')}<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `${val('majorTickMark', 'cross')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}` +
    `${val('crossAx', CAT_AX_ID)}${val('crosses', 'autoZero')}${val('crossBetween', 'between')}${val('majorUnit', axis.majorUnit)}` +
    '</c:valAx>'
  );
}
