import ExcelJS from 'exceljs';
import type { SheetModel } from '../../src/core/model/sheet';
import { finishPackage } from '../../src/xlsx/finish-package';
import { cellLookup } from '../../src/core/sheets/cell-lookup';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { expectSheetMatchesModel } from './expect-model';
import { PROFILE_DIMENSIONS, PROFILE_NAMES, profileChart, profileModel, typologieModel } from './fixtures';
import { readCharts } from './read-charts';
import { readPackage, relsOf, resolvePart, sheetLinkedPart, sheetParts } from './read-package';
import { reopen } from './reopen';
import { all, descendants } from './xml-tree';

const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('native radar charts', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook([typologieModel(), profileModel()]);
  });

  it('writes one chart part per ChartSpec with type, title, legend, axis and anchor', async () => {
    const charts = await readCharts(bytes);
    expect(charts.map((c) => [c.sheet, c.chartPart, c.type, c.title, c.legend, c.frameName])).toEqual([
      ['Profile', 'xl/charts/chart1.xml', 'radar', 'Profil Aachen & Bonn', 'bottom', 'Profil 1'],
      ['Profile', 'xl/charts/chart2.xml', 'radarMarkers', 'Profil Köln & Essen', 'bottom', 'Profil 2'],
      ['Profile', 'xl/charts/chart3.xml', 'radarFilled', 'Profil Dortmund & Münster', 'right', 'Profil 3'],
    ]);
    for (const [i, chart] of charts.entries()) {
      expect(chart.anchor).toEqual(profileChart(i, 'radar').anchor);
      expect(chart.axis).toEqual({ min: 0, max: 4, majorUnit: 1 });
      expect(chart.hasCategoryAxis).toBe(true);
    }
  });

  it('refers every series to the sheet own cells (quoted) and caches the current values', async () => {
    const model = profileModel();
    const cells = cellLookup(model);
    const [first, , third] = await readCharts(bytes);
    expect(first!.series.map((s) => [s.nameRef, s.categoriesRef, s.valuesRef])).toEqual([
      ["'Profile'!$B$2", "'Profile'!$A$3:$A$7", "'Profile'!$B$3:$B$7"],
      ["'Profile'!$C$2", "'Profile'!$A$3:$A$7", "'Profile'!$C$3:$C$7"],
    ]);
    expect(third!.series.map((s) => s.valuesRef)).toEqual(["'Profile'!$F$3:$F$7", "'Profile'!$G$3:$G$7"]);
    for (const [s, series] of third!.series.entries()) {
      expect(series.name).toBe(PROFILE_NAMES[4 + s]);
      expect(series.categories).toEqual(PROFILE_DIMENSIONS);
      expect(series.values).toEqual(PROFILE_DIMENSIONS.map((_, d) => cells(2 + d, 5 + s)!.v));
    }
  });

  it('puts the chart frames into one drawing, linked from the sheet next to the notes', async () => {
    const parts = await readPackage(bytes);
    const sheetPart = sheetParts(parts).get('Profile')!;
    const drawing = sheetLinkedPart(parts, sheetPart, 'drawing');
    const notesVml = sheetLinkedPart(parts, sheetPart, 'legacyDrawing');
    expect(drawing).toBe('xl/drawings/drawing1.xml');
    expect(notesVml).toMatch(/^xl\/drawings\/vmlDrawing\d+\.vml$/);
    const rels = [...relsOf(parts, sheetPart).entries()];
    expect(rels.map(([, r]) => r.type).sort()).toEqual(['comments', 'drawing', 'vmlDrawing']);
    expect(new Set(rels.map(([id]) => id)).size).toBe(rels.length);
    const frames = descendants(parts.xml(drawing!)).filter((e) => e.name === 'xdr:cNvPr');
    expect(new Set(frames.map((f) => f.attrs.id)).size).toBe(3);
    const drawingRels = [...relsOf(parts, drawing!).values()];
    expect(drawingRels.map((r) => [r.type, resolvePart(drawing!, r.target)])).toEqual([
      ['chart', 'xl/charts/chart1.xml'],
      ['chart', 'xl/charts/chart2.xml'],
      ['chart', 'xl/charts/chart3.xml'],
    ]);
    const overrides = all(parts.xml('[Content_Types].xml'), 'Override').map((o) => [o.attrs.PartName, o.attrs.ContentType]);
    expect(overrides).toEqual(
      expect.arrayContaining([
        ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
        ['/xl/charts/chart3.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
        ['/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
      ]),
    );
  });

  it('a sheet with notes and charts opens in ExcelJS again and keeps cells and notes', async () => {
    const workbook = await reopen(bytes);
    const ws = workbook.getWorksheet('Profile')!;
    expectSheetMatchesModel(ws, profileModel());
    expect(ws.getCell('B2').note).toBe('Profil von Aachen');
    expect(ws.getCell('A3').note).toBe('Dimension A des Katalogs');
    // and ExcelJS can save it again (it drops the charts it cannot model)
    const again = await reopen(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(again.getWorksheet('Profile')!.getCell('G2').note).toBe('Profil von Münster');
  });

  it('quotes sheet names with spaces and apostrophes in series formulas', async () => {
    const model: SheetModel = { ...profileModel(), name: "Kim's Profil", charts: [profileChart(0, 'radar')] };
    const [chart] = await readCharts(await writeWorkbook([model]));
    expect(chart!.series[0]!.valuesRef).toBe("'Kim''s Profil'!$B$3:$B$7");
    expect(chart!.sheet).toBe("Kim's Profil");
  });
});

describe('coexistence with ExcelJS drawings (images)', () => {
  it('numbers the chart drawing after an image drawing of another sheet', async () => {
    const base = new ExcelJS.Workbook();
    const image = base.addImage({ base64: PNG_1PX, extension: 'png' });
    const cover = base.addWorksheet('Deckblatt');
    cover.addImage(image, 'B2:C3');
    cover.getCell('A1').note = 'Logo';
    const bytes = await writeWorkbook([profileModel()], { base });
    const parts = await readPackage(bytes);
    const sheets = sheetParts(parts);
    expect(sheetLinkedPart(parts, sheets.get('Deckblatt')!, 'drawing')).toBe('xl/drawings/drawing1.xml');
    expect(sheetLinkedPart(parts, sheets.get('Profile')!, 'drawing')).toBe('xl/drawings/drawing2.xml');
    expect((await readCharts(bytes)).map((c) => c.drawingPart)).toEqual(Array(3).fill('xl/drawings/drawing2.xml'));
    expect(parts.paths).toContain('xl/media/image1.png');
  });

  it('adds charts to the drawing ExcelJS wrote for an image on the same sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Profile');
    ws.addImage(workbook.addImage({ base64: PNG_1PX, extension: 'png' }), 'J1:K2');
    const model = profileModel();
    const saved = new Uint8Array(await workbook.xlsx.writeBuffer());
    const bytes = await finishPackage(saved, [{ sheet: 'Profile', charts: [profileChart(0, 'radar')], cells: cellLookup(model) }]);
    const parts = await readPackage(bytes);
    const drawing = sheetLinkedPart(parts, sheetParts(parts).get('Profile')!, 'drawing')!;
    const anchors = all(parts.xml(drawing), 'xdr:twoCellAnchor');
    expect(anchors.map((a) => a.children.find((c) => c.name === 'xdr:pic' || c.name === 'xdr:graphicFrame')!.name)).toEqual([
      'xdr:pic',
      'xdr:graphicFrame',
    ]);
    const ids = descendants(parts.xml(drawing))
      .filter((e) => e.name === 'xdr:cNvPr')
      .map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(2);
    expect([...relsOf(parts, drawing).values()].map((r) => r.type)).toEqual(['image', 'chart']);
    expect(all(parts.xml(sheetParts(parts).get('Profile')!), 'drawing')).toHaveLength(1);
    expect((await readCharts(bytes)).map((c) => c.title)).toEqual(['Profil Aachen & Bonn']);
  });
});
