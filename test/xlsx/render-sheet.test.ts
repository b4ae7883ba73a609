import ExcelJS from 'exceljs';
import type { SheetModel } from '../../src/core/model/sheet';
import { renderSheet } from '../../src/xlsx/render-sheet';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { expectSheetMatchesModel, filledCells, modelCells } from './expect-model';
import { profileModel, TRICKY_NAMES, typologieModel } from './fixtures';
import { readPackage, relsOf, sheetParts } from './read-package';
import { conditionalFormats, reopen } from './reopen';
import { all, descendants, one } from './xml-tree';

const sheet = (workbook: ExcelJS.Workbook, name: string) => {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

const emptyModel = (over: Partial<SheetModel>): SheetModel => ({
  key: 'methodik',
  name: 'Methodik',
  blocks: [],
  conditionalFormats: [],
  validations: [],
  charts: [],
  ...over,
});

describe('renderSheet + writeWorkbook, re-read with ExcelJS', () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await writeWorkbook([typologieModel(), profileModel()]);
    workbook = await reopen(bytes);
  });

  it('keeps every cell value, number format, style and note of the model', () => {
    for (const model of [typologieModel(), profileModel()]) {
      const ws = sheet(workbook, model.name);
      expectSheetMatchesModel(ws, model);
      expect(filledCells(ws).sort()).toEqual(modelCells(model).sort());
    }
  });

  it('writes names that look like formulas as text: shared strings, format "@", no <f>', async () => {
    const ws = sheet(workbook, 'Typologie');
    expect([4, 5, 6, 7].map((r) => ws.getCell(r + 1, 1).value)).toEqual([...TRICKY_NAMES]);
    expect([4, 5, 6, 7].map((r) => ws.getCell(r + 1, 1).type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    const parts = await readPackage(bytes);
    const part = sheetParts(parts).get('Typologie')!;
    const cells = descendants(parts.xml(part)).filter((e) => e.name === 'c');
    expect(cells.some((c) => one(c, 'f') !== undefined)).toBe(false);
    const nameCells = cells.filter((c) => /^A[5-8]$/.test(c.attrs.r!));
    expect(nameCells.map((c) => c.attrs.t)).toEqual(['s', 's', 's', 's']);
    const shared = all(parts.xml('xl/sharedStrings.xml'), 'si').map((si) => one(si, 't')!.text);
    expect(nameCells.map((c) => shared[Number(one(c, 'v')!.text)])).toEqual([...TRICKY_NAMES]);
  });

  it('writes internal links as location-only hyperlinks (no relationship), shown text = cell value', async () => {
    const parts = await readPackage(bytes);
    const parts2 = sheetParts(parts);
    const links = (name: string) => all(parts.xml(parts2.get(name)!), 'hyperlinks/hyperlink').map((h) => h.attrs);
    expect(links('Typologie')).toEqual([{ ref: 'A5', location: "'Profile'!B2" }]);
    expect(links('Profile')).toEqual([{ ref: 'A8', location: "'Typologie'!A5" }]);
    for (const part of parts2.values()) {
      expect([...relsOf(parts, part).values()].filter((r) => r.type === 'hyperlink')).toEqual([]);
    }
    expect(sheet(workbook, 'Profile').getCell('A8').value).toBe('Zur Typologie');
  });

  it('sets column widths, frozen panes and page setup', () => {
    const ws = sheet(workbook, 'Typologie');
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([28, 10, 10, 10, 12]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' });
    const profile = sheet(workbook, 'Profile');
    expect(profile.pageSetup).toMatchObject({ orientation: 'portrait', fitToPage: false });
    expect(profile.views ?? []).toEqual([]);
  });

  it('adds the Excel table over the model area, header and body equal to the block cells', async () => {
    const ws = sheet(workbook, 'Typologie');
    const table = ws.getTable('tblTypologie') as unknown as {
      table: { tableRef: string; columns: Array<{ name: string; filterButton: boolean }>; style: { theme: string } };
    };
    expect(table.table.tableRef).toBe('A4:E9');
    expect(table.table.style.theme).toBe('TableStyleMedium2');
    expect(table.table.columns.map((c) => c.name)).toEqual(['Kommune', 'Typ', 'Punkte', 'Anteil', 'Status']);
    expect(table.table.columns.every((c) => c.filterButton)).toBe(true);
    const parts = await readPackage(bytes);
    const xml = parts.xml('xl/tables/table1.xml');
    expect(xml.attrs).toMatchObject({ name: 'tblTypologie', ref: 'A4:E9', headerRowCount: '1' });
    expect(one(xml, 'autoFilter')!.attrs.ref).toBe('A4:E9');
  });

  it('writes conditional formats: "cell value equal to" text with fill and font, 3-colour scale', () => {
    const cf = conditionalFormats(sheet(workbook, 'Typologie'));
    expect(cf.map((f) => f.ref)).toEqual(['B5:B9', 'B5:B9', 'B5:B9', 'C5:C9']);
    expect(cf[1]!.rules[0]).toMatchObject({
      type: 'cellIs',
      operator: 'equal',
      formulae: ['"Typ II"'],
      style: { fill: { pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } }, font: { color: { argb: 'FF9C5700' } } },
    });
    expect(cf[3]!.rules[0]).toMatchObject({
      type: 'colorScale',
      cfvo: [
        { type: 'num', value: 0 },
        { type: 'num', value: 50 },
        { type: 'num', value: 100 },
      ],
      color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
    });
  });

  it('writes a short list validation inline, quoted, with its prompt', () => {
    const ws = sheet(workbook, 'Typologie');
    for (const address of ['E5', 'E9']) {
      expect(ws.getCell(address).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"offen,geprüft,abgeschlossen"'],
        showInputMessage: true,
        promptTitle: 'Status wählen',
        prompt: 'offen · geprüft · abgeschlossen',
      });
    }
    expect(ws.getCell('E10').dataValidation).toBeUndefined();
  });
});

describe('list validations that do not fit inline', () => {
  const long = Array.from({ length: 40 }, (_, i) => `Kommune ${String(i + 1).padStart(2, '0')}`);
  const model = emptyModel({
    blocks: [{ row: 0, col: 0, cells: [[{ v: 'Kommune' }, { v: 'Typ' }]] }],
    validations: [
      { area: { row: 1, col: 0, rows: 10, cols: 1 }, values: long },
      { area: { row: 1, col: 1, rows: 10, cols: 1 }, values: ['Typ I, stark', 'Typ II'] },
      { area: { row: 1, col: 2, rows: 1, cols: 1 }, values: ['ja', 'nein'] },
    ],
  });

  it('writes them into hidden helper columns right of the used range and refers to those', async () => {
    expect(long.join(',').length).toBeGreaterThan(255);
    const ws = sheet(await reopen(await writeWorkbook([model])), 'Methodik');
    // used columns A–C, one empty column D, helpers from E
    expect(ws.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['$E$1:$E$40'] });
    expect(ws.getCell('B11').dataValidation).toMatchObject({ type: 'list', formulae: ['$F$1:$F$2'] });
    expect(ws.getCell('C2').dataValidation).toMatchObject({ formulae: ['"ja,nein"'] });
    expect(Array.from({ length: 40 }, (_, i) => ws.getCell(i + 1, 5).value)).toEqual(long);
    expect([ws.getCell('F1').value, ws.getCell('F2').value]).toEqual(['Typ I, stark', 'Typ II']);
    expect(ws.getCell('E1').numFmt).toBe('@');
    expect([ws.getColumn(5).hidden, ws.getColumn(6).hidden, ws.getColumn(4).hidden]).toEqual([true, true, false]);
  });
});

describe('renderSheet edge cases', () => {
  it('replaces a sheet of the same name (regardless of case) in a base workbook, keeps the others', async () => {
    const base = new ExcelJS.Workbook();
    base.addWorksheet('Daten').getCell('A1').value = 'Eingabe';
    base.addWorksheet('METHODIK').getCell('A1').value = 'alt';
    const bytes = await writeWorkbook([emptyModel({ blocks: [{ row: 0, col: 0, cells: [[{ v: 'neu' }]] }] })], { base });
    const workbook = await reopen(bytes);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Daten', 'Methodik']);
    expect(sheet(workbook, 'Daten').getCell('A1').value).toBe('Eingabe');
    expect(sheet(workbook, 'Methodik').getCell('A1').value).toBe('neu');
  });

  it('quotes print titles of a sheet name with an apostrophe (ExcelJS does not double it)', async () => {
    const model = emptyModel({
      name: "Kim's Blatt",
      blocks: [{ row: 0, col: 0, cells: [[{ v: 'Kopf' }]] }],
      page: { orientation: 'portrait', fitToWidth: true, repeatRows: { from: 0, to: 1 } },
    });
    const parts = await readPackage(await writeWorkbook([model]));
    const names = all(parts.xml('xl/workbook.xml'), 'definedNames/definedName').map((d) => [d.attrs.name, d.text]);
    expect(names).toEqual([['_xlnm.Print_Titles', "'Kim''s Blatt'!$1:$2"]]);
  });

  it('gives a table without body rows one empty row', () => {
    const ws = renderSheet(
      new ExcelJS.Workbook(),
      emptyModel({
        blocks: [{ row: 0, col: 0, cells: [[{ v: 'A' }, { v: 'B' }]] }],
        table: { name: 'Leer', area: { row: 0, col: 0, rows: 1, cols: 2 }, style: 'TableStyleLight9' },
      }),
    );
    expect((ws.getTable('Leer') as unknown as { table: { tableRef: string } }).table.tableRef).toBe('A1:B2');
  });

  it('rejects table headers that are not distinct text, invalid table names, links without value, duplicate sheets', async () => {
    const header = (cells: SheetModel['blocks'][number]['cells'], name = 'T') =>
      emptyModel({
        blocks: [{ row: 0, col: 0, cells }],
        table: { name, area: { row: 0, col: 0, rows: 2, cols: 2 }, style: 'TableStyleLight9' },
      });
    expect(() => renderSheet(new ExcelJS.Workbook(), header([[{ v: 'A' }, { v: 'a' }]]))).toThrow(/B1 must be distinct non-empty text/);
    expect(() => renderSheet(new ExcelJS.Workbook(), header([[{ v: 'A' }, { v: 3 }]]))).toThrow(/B1/);
    expect(() => renderSheet(new ExcelJS.Workbook(), header([[{ v: 'A' }, { v: 'B' }]], 'mit Leerzeichen'))).toThrow(
      /not a valid Excel name/,
    );
    const link = emptyModel({ blocks: [{ row: 2, col: 1, cells: [[{ v: null, link: { sheet: 'X', cell: 'A1' } }]] }] });
    expect(() => renderSheet(new ExcelJS.Workbook(), link)).toThrow(/B3: a link needs a value/);
    await expect(writeWorkbook([emptyModel({}), emptyModel({ name: 'methodik' })])).rejects.toThrow(
      /two sheet models are named "methodik"/,
    );
  });

  it('writes numbers, booleans and empty styled cells with their formats', async () => {
    const model = emptyModel({
      blocks: [
        { row: 0, col: 0, cells: [[{ v: 0.125, fmt: '0.0%' }, { v: false }, { v: null, style: 'header' }, { v: '12', fmt: '0.0' }]] },
      ],
    });
    const ws = sheet(await reopen(await writeWorkbook([model])), 'Methodik');
    expectSheetMatchesModel(ws, model);
    expect(ws.getCell('D1').value).toBe('12');
  });
});
