import ExcelJS from 'exceljs';
import { WORKSHEET_SEQUENCE } from '../../src/xlsx/package/worksheet-order';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { profileModel, typologieModel } from './fixtures';
import { readPackage, relsOf, resolvePart, sheetParts, type PackageParts } from './read-package';
import { all, one, parseXml, type XmlElement } from './xml-tree';

const names = (el: XmlElement) => el.children.map((c) => c.name);

/** True when `actual` lists names in the order they have in `sequence` (each may be missing or repeat). */
function inSequence(actual: string[], sequence: readonly string[]): boolean {
  const positions = actual.map((n) => sequence.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]!));
}

describe('the written package is valid Office Open XML', () => {
  let parts: PackageParts;
  beforeAll(async () => {
    const base = new ExcelJS.Workbook();
    const cover = base.addWorksheet('Deckblatt');
    cover.addImage(
      base.addImage({
        base64: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        extension: 'png',
      }),
      'B2:C3',
    );
    parts = await readPackage(await writeWorkbook([typologieModel(), profileModel()], { base }));
  });

  it('every XML part is well-formed with bound namespace prefixes', () => {
    expect(parts.text.size).toBeGreaterThan(15);
    for (const path of parts.text.keys()) expect(() => parts.xml(path)).not.toThrow();
  });

  it('every part has a content type and every override names an existing part', () => {
    const types = parts.xml('[Content_Types].xml');
    const defaults = new Set(all(types, 'Default').map((d) => d.attrs.Extension!.toLowerCase()));
    const overrides = all(types, 'Override').map((o) => o.attrs.PartName!.slice(1));
    expect(overrides.filter((p) => !parts.paths.includes(p))).toEqual([]);
    const untyped = parts.paths.filter(
      (p) => p !== '[Content_Types].xml' && !overrides.includes(p) && !defaults.has(p.slice(p.lastIndexOf('.') + 1).toLowerCase()),
    );
    expect(untyped).toEqual([]);
    for (const p of parts.paths.filter((x) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(x))) expect(overrides).toContain(p);
  });

  it('every internal relationship target exists and ids are unique per part', () => {
    for (const relsPath of parts.paths.filter((p) => p.endsWith('.rels'))) {
      const source = relsPath.replace(/_rels\/([^/]+)\.rels$/, '$1');
      const rels = all(parts.xml(relsPath), 'Relationship');
      expect(new Set(rels.map((r) => r.attrs.Id)).size).toBe(rels.length);
      for (const [, rel] of relsOf(parts, source)) {
        if (rel.mode === 'External') continue;
        const target = source === '' ? rel.target : resolvePart(source, rel.target);
        expect({ relsPath, target, exists: parts.paths.includes(target) }).toEqual({ relsPath, target, exists: true });
      }
    }
  });

  it('worksheet children follow the CT_Worksheet sequence (drawing before legacyDrawing before tableParts)', () => {
    for (const [name, part] of sheetParts(parts)) {
      const children = names(parts.xml(part));
      expect({ name, children, ordered: inSequence(children, WORKSHEET_SEQUENCE) }).toEqual({ name, children, ordered: true });
    }
    const typologie = names(parts.xml(sheetParts(parts).get('Typologie')!));
    expect(typologie.slice(-2)).toEqual(['legacyDrawing', 'tableParts']);
    const profile = names(parts.xml(sheetParts(parts).get('Profile')!));
    expect(profile.slice(-2)).toEqual(['drawing', 'legacyDrawing']);
  });

  it('chart parts follow the DrawingML chart sequences', () => {
    const charts = parts.paths.filter((p) => p.startsWith('xl/charts/'));
    expect(charts).toHaveLength(3);
    for (const path of charts) {
      const space = parts.xml(path);
      expect(space.name).toBe('c:chartSpace');
      expect(names(space)).toEqual(['c:roundedCorners', 'c:chart']);
      const chart = one(space, 'c:chart')!;
      expect(inSequence(names(chart), ['c:title', 'c:autoTitleDeleted', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs'])).toBe(
        true,
      );
      expect(names(one(chart, 'c:plotArea')!)).toEqual(['c:layout', 'c:radarChart', 'c:catAx', 'c:valAx']);
      const radar = one(chart, 'c:plotArea/c:radarChart')!;
      expect(inSequence([...new Set(names(radar))], ['c:radarStyle', 'c:varyColors', 'c:ser', 'c:axId'])).toBe(true);
      for (const ser of all(radar, 'c:ser')) {
        expect(inSequence(names(ser), ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:cat', 'c:val'])).toBe(true);
      }
      const valAx = one(chart, 'c:plotArea/c:valAx')!;
      expect(names(one(valAx, 'c:scaling')!)).toEqual(['c:orientation', 'c:max', 'c:min']);
      const valAxOrder = [
        'c:axId',
        'c:scaling',
        'c:delete',
        'c:axPos',
        'c:majorGridlines',
        'c:numFmt',
        'c:majorTickMark',
        'c:minorTickMark',
        'c:tickLblPos',
        'c:crossAx',
        'c:crosses',
        'c:crossBetween',
        'c:majorUnit',
      ];
      expect(names(valAx)).toEqual(valAxOrder);
      const catAx = one(chart, 'c:plotArea/c:catAx')!;
      expect(
        inSequence(names(catAx), [
          'c:axId',
          'c:scaling',
          'c:delete',
          'c:axPos',
          'c:majorGridlines',
          'c:numFmt',
          'c:majorTickMark',
          'c:minorTickMark',
          'c:tickLblPos',
          'c:crossAx',
          'c:crosses',
          'c:auto',
          'c:lblAlgn',
          'c:lblOffset',
        ]),
      ).toBe(true);
      const axIds = all(radar, 'c:axId').map((a) => a.attrs.val);
      expect([one(catAx, 'c:axId')!.attrs.val, one(valAx, 'c:axId')!.attrs.val]).toEqual(axIds);
    }
  });

  it('drawing anchors have from, to, frame and client data', () => {
    const drawing = parts.xml('xl/drawings/drawing2.xml');
    expect(drawing.name).toBe('xdr:wsDr');
    for (const anchor of all(drawing, 'xdr:twoCellAnchor')) {
      expect(names(anchor)).toEqual(['xdr:from', 'xdr:to', 'xdr:graphicFrame', 'xdr:clientData']);
      expect(names(one(anchor, 'xdr:from')!)).toEqual(['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff']);
      expect(names(one(anchor, 'xdr:graphicFrame')!)).toEqual(['xdr:nvGraphicFramePr', 'xdr:xfrm', 'a:graphic']);
    }
  });
});

describe('parseXml (the well-formedness check used above)', () => {
  it.each([
    ['<a><b></a></b>', /closes/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a>1 & 2</a>', /not well-formed/],
    ['<a><b/>', /not closed/],
    ['<p:a/>', /unbound prefix p/],
    ['<a/><b/>', /more than one root/],
    ['<a x=1/>', /malformed tag/],
  ])('rejects %s', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('reads elements, attributes, entities and namespaces', () => {
    const el = parseXml('<?xml version="1.0"?><p:a xmlns:p="urn:x" k="&apos;x&apos;&amp;"><p:b>1 &lt; 2</p:b><!-- c --><c/></p:a>');
    expect(el).toMatchObject({ name: 'p:a', attrs: { k: "'x'&" } });
    expect(el.children.map((c) => [c.name, c.text])).toEqual([
      ['p:b', '1 < 2'],
      ['c', ''],
    ]);
  });
});
