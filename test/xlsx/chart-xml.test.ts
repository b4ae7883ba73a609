import type { Cell, ChartSpec } from '../../src/core/model/sheet';
import { chartXml } from '../../src/xlsx/charts/chart-xml';
import { chartAnchorXml } from '../../src/xlsx/charts/drawing-xml';
import { all, descendants, one, parseXml, type XmlElement } from './xml-tree';

const cells = new Map<string, Cell>([
  ['0:1', { v: 'Serie <A> & "B"' }],
  ['1:0', { v: 'Struktur' }],
  ['2:0', { v: 2024 }],
  ['3:0', { v: null }],
  ['1:1', { v: 1.5, fmt: '0.0' }],
  ['2:1', { v: 'n/a' }],
  ['3:1', { v: 3 }],
]);
const lookup = (row: number, col: number) => cells.get(`${row}:${col}`);

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  name: 'Profil',
  type: 'radar',
  title: 'Profil <Köln> & Bonn',
  series: [
    { nameCell: { row: 0, col: 1 }, categories: { row: 1, col: 0, rows: 3, cols: 1 }, values: { row: 1, col: 1, rows: 3, cols: 1 } },
  ],
  anchor: { row: 5, col: 1, rows: 10, cols: 4 },
  axis: { min: 0, max: 5, majorUnit: 0.5 },
  legend: 'bottom',
  ...over,
});

const parse = (s: ChartSpec) => parseXml(chartXml(s, 'Profile', lookup));
const ser = (el: XmlElement) => one(el, 'c:chart/c:plotArea/c:radarChart/c:ser')!;

describe('chartXml', () => {
  it.each([
    ['radar', 'standard', 'none'],
    ['radarMarkers', 'marker', 'circle'],
    ['radarFilled', 'filled', undefined],
  ] as const)('%s → radarStyle %s, marker %s', (type, style, marker) => {
    const el = parse(spec({ type }));
    expect(one(el, 'c:chart/c:plotArea/c:radarChart/c:radarStyle')!.attrs.val).toBe(style);
    expect(one(ser(el), 'c:marker/c:symbol')?.attrs.val).toBe(marker);
    const alpha = descendants(one(ser(el), 'c:spPr')!).find((e) => e.name === 'a:alpha');
    expect(alpha !== undefined).toBe(type === 'radarFilled');
  });

  it('escapes the title and cached texts', () => {
    const el = parse(spec());
    expect(descendants(one(el, 'c:chart/c:title')!).find((e) => e.name === 'a:t')!.text).toBe('Profil <Köln> & Bonn');
    expect(one(ser(el), 'c:tx/c:strRef/c:strCache/c:pt/c:v')!.text).toBe('Serie <A> & "B"');
  });

  it('caches text categories and numeric values; empty and non-numeric cells leave gaps', () => {
    const s = ser(parse(spec()));
    const cat = one(s, 'c:cat/c:strRef/c:strCache')!;
    expect(one(cat, 'c:ptCount')!.attrs.val).toBe('3');
    expect(all(cat, 'c:pt').map((p) => [p.attrs.idx, one(p, 'c:v')!.text])).toEqual([
      ['0', 'Struktur'],
      ['1', '2024'],
    ]);
    const num = one(s, 'c:val/c:numRef/c:numCache')!;
    expect(one(num, 'c:formatCode')!.text).toBe('0.0');
    expect(all(num, 'c:pt').map((p) => [p.attrs.idx, one(p, 'c:v')!.text])).toEqual([
      ['0', '1.5'],
      ['2', '3'],
    ]);
    expect(one(s, 'c:val/c:numRef/c:f')!.text).toBe("'Profile'!$B$2:$B$4");
    expect(one(s, 'c:tx/c:strRef/c:f')!.text).toBe("'Profile'!$B$1");
  });

  it('writes the value axis scale and the legend position, or no legend', () => {
    const el = parse(spec({ legend: 'right' }));
    const valAx = one(el, 'c:chart/c:plotArea/c:valAx')!;
    expect([
      one(valAx, 'c:scaling/c:min')!.attrs.val,
      one(valAx, 'c:scaling/c:max')!.attrs.val,
      one(valAx, 'c:majorUnit')!.attrs.val,
    ]).toEqual(['0', '5', '0.5']);
    expect(one(el, 'c:chart/c:legend/c:legendPos')!.attrs.val).toBe('r');
    expect(one(parse(spec({ legend: 'none' })), 'c:chart/c:legend')).toBeUndefined();
  });

  it('gives each series its own index and colour', () => {
    const two = spec({ series: [spec().series[0]!, { ...spec().series[0]!, values: { row: 1, col: 2, rows: 3, cols: 1 } }] });
    const series = all(parse(two), 'c:chart/c:plotArea/c:radarChart/c:ser');
    expect(series.map((s) => one(s, 'c:idx')!.attrs.val)).toEqual(['0', '1']);
    const colour = (s: XmlElement) => descendants(s).find((e) => e.name === 'a:srgbClr')!.attrs.val;
    expect(colour(series[0]!)).not.toBe(colour(series[1]!));
  });

  it('rejects series areas that are not one row or one column', () => {
    const wide = spec({ series: [{ ...spec().series[0]!, values: { row: 1, col: 1, rows: 3, cols: 2 } }] });
    expect(() => chartXml(wide, 'Profile', lookup)).toThrow('chart "Profil": series values must be one row or one column, got B2:C4');
  });
});

describe('chartAnchorXml', () => {
  it('spans the anchor cells and points to the chart relationship', () => {
    const xml = `<xdr:wsDr xmlns:xdr="urn:xdr" xmlns:a="urn:a">${chartAnchorXml({ row: 9, col: 6, rows: 16, cols: 6 }, 3, 'Profil & 2', 'rId7')}</xdr:wsDr>`;
    const anchor = one(parseXml(xml), 'xdr:twoCellAnchor')!;
    expect(['xdr:from', 'xdr:to'].map((m) => [one(anchor, `${m}/xdr:row`)!.text, one(anchor, `${m}/xdr:col`)!.text])).toEqual([
      ['9', '6'],
      ['25', '12'],
    ]);
    expect(one(anchor, 'xdr:graphicFrame/xdr:nvGraphicFramePr/xdr:cNvPr')!.attrs).toEqual({ id: '3', name: 'Profil & 2' });
    expect(one(anchor, 'xdr:graphicFrame/a:graphic/a:graphicData/c:chart')!.attrs['r:id']).toBe('rId7');
  });
});
