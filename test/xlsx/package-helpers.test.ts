import JSZip from 'jszip';
import { addOverride, nextPartNumber } from '../../src/xlsx/package/content-types';
import { internalLinksToLocations } from '../../src/xlsx/package/hyperlinks';
import { nextRelId, parseRels, relativeTarget, relsPath, relsXml, resolveTarget, REL_TYPE } from '../../src/xlsx/package/rels';
import { locateSheetData } from '../../src/xlsx/package/sheet-data';
import { orderWorksheet, splitWorksheet, WORKSHEET_SEQUENCE } from '../../src/xlsx/package/worksheet-order';
import { XlsxPackage } from '../../src/xlsx/package/xlsx-package';
import { emptyElement, escapeXml, splitChildren, startTags, unescapeXml } from '../../src/xlsx/package/xml';
import { parseXml } from './xml-tree';

const WS = '<?xml version="1.0"?>\n<worksheet xmlns="urn:main" xmlns:r="urn:r">';

describe('xml helpers', () => {
  it('escapes and unescapes text and attribute values', () => {
    const text = `a<b>&"c'd`;
    expect(escapeXml(text)).toBe('a&lt;b&gt;&amp;&quot;c&apos;d');
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(unescapeXml('&#228;&#xE4;&unknown;')).toBe('ää&unknown;');
  });

  it('reads start tags whose attribute values hold ">" and skips comments', () => {
    const xml = '<r><!-- <x a="1"/> --><x a="1 > 0" b=\'&amp;\'/><x a="2"></x></r>';
    expect(startTags(xml, 'x').map((t) => [t.attrs, t.kind])).toEqual([
      [{ a: '1 > 0', b: '&' }, 'empty'],
      [{ a: '2' }, 'open'],
    ]);
  });

  it('cuts the top-level children of the root and joins nothing away', () => {
    const xml = `${WS}<a><b/><a/></a><c x="1"/><d>t</d></worksheet>`;
    const split = splitChildren(xml);
    expect(split.children.map((c) => [c.name, c.xml])).toEqual([
      ['a', '<a><b/><a/></a>'],
      ['c', '<c x="1"/>'],
      ['d', '<d>t</d>'],
    ]);
    expect(split.head).toBe(WS);
    expect(split.tail).toBe('</worksheet>');
    expect(() => splitChildren(`${WS}<a>`)).toThrow(/not closed/);
  });

  it('writes empty elements without undefined attributes', () => {
    expect(emptyElement('x', { a: 'b&c', b: undefined })).toBe('<x a="b&amp;c"/>');
  });
});

describe('worksheet order', () => {
  it('moves ExcelJS legacyDrawing (notes) before tableParts and inserts the drawing before it', () => {
    const exceljs = `${WS}<sheetData/><pageSetup/><tableParts count="1"><tablePart r:id="rId4"/></tableParts><legacyDrawing r:id="rId3"/></worksheet>`;
    const ordered = orderWorksheet(exceljs, [{ name: 'drawing', xml: '<drawing r:id="rId5"/>' }]);
    expect(ordered).toBe(
      `${WS}<sheetData/><pageSetup/><drawing r:id="rId5"/><legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId4"/></tableParts></worksheet>`,
    );
    expect(() => parseXml(ordered)).not.toThrow();
  });

  it('keeps unknown children behind their predecessor and leaves ordered sheets unchanged', () => {
    const xml = `${WS}<sheetData/><x:unknown xmlns:x="urn:x"/><hyperlinks/><extLst/></worksheet>`;
    expect(orderWorksheet(xml)).toBe(xml);
    expect(orderWorksheet(`${WS}<sheetData/><mc:Alt xmlns:mc="urn:mc"/><extLst/><legacyDrawing/></worksheet>`)).toBe(
      `${WS}<sheetData/><mc:Alt xmlns:mc="urn:mc"/><legacyDrawing/><extLst/></worksheet>`,
    );
    expect(() => orderWorksheet(xml, [{ name: 'chart', xml: '<chart/>' }])).toThrow(/not a worksheet element/);
  });
});

describe('worksheet order around <sheetData>', () => {
  // Cell text a tokeniser would have to read; reordering must neither read nor change it.
  const SHEET_DATA =
    '<sheetData>\n  <row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> &lt;/sheetData&gt; &amp; "q" </t></is></c>' +
    '<c r="B1" s="3"><v>1.5</v></c></row>\n  <row r="2"><c r="A2" t="s"><v>0</v></c></row>\n</sheetData>';
  const HEAD = `${WS}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:B2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="2" width="12"/></cols>`;
  const TAIL =
    '<tableParts count="1"><tablePart r:id="rId4"/></tableParts><legacyDrawing r:id="rId3"/><pageSetup orientation="landscape"/>' +
    '<hyperlinks><hyperlink ref="A2" r:id="rId1"/></hyperlinks><pageMargins left="0.7"/><dataValidations count="0"/>' +
    '<conditionalFormatting sqref="B1:B2"><cfRule type="expression" priority="1"><formula>B1&gt;0</formula></cfRule></conditionalFormatting>' +
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><autoFilter ref="A1:B2"/><extLst><ext uri="x"/></extLst>';
  const sheet = `${HEAD}${SHEET_DATA}${TAIL}</worksheet>`;
  const rank = (name: string) => (WORKSHEET_SEQUENCE as readonly string[]).indexOf(name);

  it('finds <sheetData> by string search, open or empty', () => {
    const span = locateSheetData(sheet);
    expect(span && sheet.slice(span.start, span.end)).toBe(SHEET_DATA);
    const empty = `${WS}<dimension ref="A1"/><sheetData/><pageMargins/></worksheet>`;
    const at = locateSheetData(empty);
    expect(at && empty.slice(at.start, at.end)).toBe('<sheetData/>');
    expect(locateSheetData(`${WS}<hyperlinks/></worksheet>`)).toBeUndefined();
    expect(() => locateSheetData(`${WS}<sheetData><row r="1"/></worksheet>`)).toThrow(/not closed/);
  });

  it('puts the children after <sheetData> into CT_Worksheet order and keeps <sheetData> byte for byte', () => {
    const ordered = orderWorksheet(sheet, [{ name: 'drawing', xml: '<drawing r:id="rId5"/>' }]);
    const names = splitWorksheet(ordered).children.map((c) => c.name);
    expect(names).toEqual([
      'sheetPr',
      'dimension',
      'sheetViews',
      'cols',
      'sheetData',
      'autoFilter',
      'mergeCells',
      'conditionalFormatting',
      'dataValidations',
      'hyperlinks',
      'pageMargins',
      'pageSetup',
      'drawing',
      'legacyDrawing',
      'tableParts',
      'extLst',
    ]);
    expect(names.map(rank)).toEqual([...names.map(rank)].sort((a, b) => a - b));
    expect(ordered.startsWith(HEAD + SHEET_DATA)).toBe(true);
    expect(ordered.split(SHEET_DATA)).toHaveLength(2);
    expect(ordered.endsWith('<extLst><ext uri="x"/></extLst></worksheet>')).toBe(true);
    expect(() => parseXml(ordered)).not.toThrow();
  });

  it('cuts the same children as a whole-part parse and returns an ordered sheet as the same string', () => {
    expect(splitWorksheet(sheet)).toEqual(splitChildren(sheet));
    const ordered = orderWorksheet(sheet);
    expect(orderWorksheet(ordered)).toBe(ordered);
  });

  it('moves an element written before <sheetData> behind it when the schema says so', () => {
    const xml = `${WS}<dimension ref="A1"/><mergeCells count="0"/>${SHEET_DATA}<pageMargins/></worksheet>`;
    expect(orderWorksheet(xml)).toBe(`${WS}<dimension ref="A1"/>${SHEET_DATA}<mergeCells count="0"/><pageMargins/></worksheet>`);
  });

  it('rewrites internal hyperlinks after <sheetData> and leaves it untouched', () => {
    const rels = [{ id: 'rId1', type: REL_TYPE.hyperlink, target: "#'Profile'!B3", external: true }];
    const result = internalLinksToLocations(sheet, rels);
    expect(result.rels).toEqual([]);
    expect(result.xml).toBe(sheet.replace('<hyperlink ref="A2" r:id="rId1"/>', '<hyperlink ref="A2" location="&apos;Profile&apos;!B3"/>'));
    expect(internalLinksToLocations(sheet, []).xml).toBe(sheet);
  });
});

describe('internal hyperlinks', () => {
  const rels = [
    { id: 'rId1', type: REL_TYPE.hyperlink, target: "#'Profile'!B3", external: true },
    { id: 'rId2', type: REL_TYPE.hyperlink, target: 'https://example.org/', external: true },
    { id: 'rId3', type: REL_TYPE.hyperlink, target: "#'Kim''s'!$A$1", external: true },
  ];
  const xml =
    `${WS}<hyperlinks><hyperlink ref="A1" r:id="rId1" location="#&apos;Profile&apos;!B3"/>` +
    '<hyperlink ref="A2" r:id="rId2"/><hyperlink ref="A3" r:id="rId3" tooltip="t"/></hyperlinks></worksheet>';

  it('become location-only hyperlinks and lose their relationship; external links stay', () => {
    const result = internalLinksToLocations(xml, rels);
    expect(startTags(result.xml, 'hyperlink').map((t) => t.attrs)).toEqual([
      { ref: 'A1', location: "'Profile'!B3" },
      { ref: 'A2', 'r:id': 'rId2' },
      { ref: 'A3', tooltip: 't', location: "'Kim''s'!$A$1" },
    ]);
    expect(result.rels.map((r) => r.id)).toEqual(['rId2']);
  });

  it('leave sheets without internal links untouched', () => {
    expect(internalLinksToLocations(xml, [rels[1]!])).toEqual({ xml, rels: [rels[1]] });
  });
});

describe('relationships', () => {
  it('locate rels parts and resolve targets both ways', () => {
    expect(relsPath('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
    expect(relativeTarget('xl/drawings/drawing1.xml', 'xl/charts/chart1.xml')).toBe('../charts/chart1.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/drawings/drawing2.xml')).toBe('../drawings/drawing2.xml');
  });

  it('round-trip through XML and get fresh ids after the highest', () => {
    const rels = [
      { id: 'rId2', type: REL_TYPE.drawing, target: '../drawings/drawing1.xml', external: false },
      { id: 'rId7', type: REL_TYPE.hyperlink, target: 'https://x.org/?a=1&b=2', external: true },
    ];
    expect(parseRels(relsXml(rels))).toEqual(rels);
    expect(nextRelId(rels)).toBe('rId8');
    expect(nextRelId([])).toBe('rId1');
  });
});

describe('content types and part numbers', () => {
  async function pkg(): Promise<XlsxPackage> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="urn:ct"><Default Extension="xml" ContentType="application/xml"/></Types>');
    zip.file('xl/charts/chart2.xml', '<c/>');
    zip.file('xl/drawings/vmlDrawing1.vml', '<xml/>');
    return XlsxPackage.load(await zip.generateAsync({ type: 'uint8array' }));
  }

  it('adds each override once', async () => {
    const p = await pkg();
    addOverride(p, 'xl/charts/chart3.xml', 'ct/chart');
    addOverride(p, 'xl/charts/chart3.xml', 'ct/chart');
    expect(startTags(p.get('[Content_Types].xml'), 'Override').map((t) => t.attrs)).toEqual([
      { PartName: '/xl/charts/chart3.xml', ContentType: 'ct/chart' },
    ]);
  });

  it('numbers new parts after existing ones and saves changes and removals', async () => {
    const p = await pkg();
    expect(nextPartNumber(p, 'xl/charts/chart', '.xml')).toBe(3);
    expect(nextPartNumber(p, 'xl/drawings/drawing', '.xml')).toBe(1);
    p.set('xl/charts/chart3.xml', '<c3/>');
    p.remove('xl/charts/chart2.xml');
    expect(nextPartNumber(p, 'xl/charts/chart', '.xml')).toBe(4);
    const saved = await JSZip.loadAsync(await p.save());
    expect(Object.keys(saved.files).sort()).toEqual([
      '[Content_Types].xml',
      'xl/',
      'xl/charts/',
      'xl/charts/chart3.xml',
      'xl/drawings/',
      'xl/drawings/vmlDrawing1.vml',
    ]);
    expect(await saved.file('xl/charts/chart3.xml')!.async('string')).toBe('<c3/>');
  });
});
