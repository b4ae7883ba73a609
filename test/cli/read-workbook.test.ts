import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildVorlage } from '../../src/core/sheets/vorlage';
import { excelSerial, rawValue } from '../../src/xlsx/cell-raw-value';
import { loadWorkbook, readInputGrid } from '../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { readCharts } from '../xlsx/read-charts';
import { columnOf, sampleRows, sampleTableWorkbook } from './input-fixtures';
import { runCli, tempDir } from './run-cli';

const JAN_1_2025 = new Date(Date.UTC(2025, 0, 1));

describe('rawValue: ExcelJS cell values as the engine reads them (as Office.js reports them)', () => {
  it.each<[string, ExcelJS.CellValue, string | number | boolean | null]>([
    ['empty', null, null],
    ['empty text', '', null],
    ['text', 'Dortmund', 'Dortmund'],
    ['number', 614000, 614000],
    ['boolean', true, true],
    ['date: Excel serial (1900 system)', JAN_1_2025, 45658],
    ['rich text: its text', { richText: [{ text: 'Halle ' }, { text: '(Saale)', font: { bold: true } }] }, 'Halle (Saale)'],
    ['hyperlink: its text', { text: 'Verbund e.V.', hyperlink: 'https://example.org' }, 'Verbund e.V.'],
    ['formula: its result', { formula: 'A1*2', result: 42 }, 42],
    ['formula with text result', { formula: 'A1&""', result: 'ja' }, 'ja'],
    ['formula showing an error: the error text', { formula: 'A1/0', result: { error: '#DIV/0!' } }, '#DIV/0!'],
    ['formula with a date result', { formula: 'DATE(2025,1,1)', result: JAN_1_2025 }, 45658],
    ['formula without cached result: empty', { formula: 'A1' }, null],
    ['shared formula: its result', { sharedFormula: 'B2', result: 7 } as ExcelJS.CellValue, 7],
    ['error value', { error: '#N/A' }, '#N/A'],
  ])('%s', (_, value, expected) => {
    expect(rawValue(value, false)).toEqual(expected);
  });

  it('counts dates of 1904 workbooks from 1904 and drops ExcelJS’s millisecond noise', () => {
    expect(excelSerial(JAN_1_2025, true)).toBe(45658 - 1462);
    expect(excelSerial(new Date(Date.UTC(2025, 0, 1, 12)), false)).toBe(45658.5);
  });
});

describe('readInputGrid: the table or used range of a saved workbook', () => {
  async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
    return loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
  }

  it('reads a table anywhere on its sheet, by name regardless of case, without its totals row', async () => {
    const { header, rows } = sampleRows();
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Daten');
    ws.getCell('A1').value = 'Indikatoren 2025 (Titel über der Tabelle)';
    ws.addTable({
      name: 'Werte',
      ref: 'C3',
      headerRow: true,
      totalsRow: true,
      columns: header.map((name) => ({ name })),
      rows: rows.map((r) => r.map((v) => v ?? '')),
    });
    const grid = readInputGrid(await roundTrip(workbook), { table: 'WERTE' });
    expect(grid).toMatchObject({ sheet: 'Daten', table: 'Werte', origin: { row: 2, col: 2 } });
    expect(grid.values).toHaveLength(rows.length + 1);
    expect(grid.values[1]![0]).toBe('Dortmund');
  });

  it('keeps number formats, turns dates into serials and leaves covered cells of merged ranges empty', async () => {
    const workbook = sampleTableWorkbook({ sheet: 'Indikatoren' });
    const ws = workbook.getWorksheet('Indikatoren')!;
    const anteil = ws.getCell(2, columnOf('anteil_migrationsgeschichte') + 1);
    anteil.value = 0.426;
    anteil.numFmt = '0.0%';
    const jahr = ws.getCell(3, columnOf('jahr') + 1);
    jahr.value = JAN_1_2025;
    jahr.numFmt = 'dd.mm.yyyy';
    ws.getCell(2, columnOf('verbund') + 1).value = { richText: [{ text: 'VMDO ' }, { text: 'e.V.' }] };
    ws.mergeCells(5, columnOf('verbund') + 1, 6, columnOf('verbund') + 1);
    const grid = readInputGrid(await roundTrip(workbook), {});
    expect(grid.values[1]![columnOf('anteil_migrationsgeschichte')]).toBe(0.426);
    expect(grid.numberFormats![1]![columnOf('anteil_migrationsgeschichte')]).toBe('0.0%');
    expect(grid.numberFormats![1]![columnOf('kommune')]).toBe('General');
    expect(grid.values[2]![columnOf('jahr')]).toBe(45658);
    expect(grid.values[1]![columnOf('verbund')]).toBe('VMDO e.V.');
    expect(grid.values[4]![columnOf('verbund')]).not.toBeNull();
    expect(grid.values[5]![columnOf('verbund')]).toBeNull();
  });
});

describe('what ExcelJS cannot carry over from the input is named on stderr', () => {
  const tmp = tempDir('features');
  afterAll(tmp.cleanup);

  it('an input chart: a note, the values kept, the chart not in the report', async () => {
    const vorlage = buildVorlage({ lang: 'de', sample: true });
    const col = columnOf('einwohner');
    vorlage.charts = [
      {
        name: 'Eigenes Diagramm',
        type: 'radar',
        title: 'Einwohner:innen',
        series: [
          { nameCell: { row: 0, col }, categories: { row: 1, col: 0, rows: 6, cols: 1 }, values: { row: 1, col, rows: 6, cols: 1 } },
        ],
        anchor: { row: 10, col: 2, rows: 12, cols: 6 },
        axis: { min: 0, max: 700000, majorUnit: 100000 },
        legend: 'none',
      },
    ];
    const input = await writeWorkbook([vorlage]);
    expect((await readCharts(input)).map((c) => c.sheet)).toEqual(['Indikatoren']);
    writeFileSync(join(tmp.dir, 'mit-diagramm.xlsx'), input);
    const run = await runCli(['report', 'mit-diagramm.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'Hinweis: Die Eingabe enthält Diagramme (1). Diese übernimmt die Berichtsdatei nicht (ExcelJS liest sie nicht); Zellwerte, Formate, Tabellen, Notizen und Bilder der Eingabeblätter bleiben erhalten. Die Eingabedatei selbst wird nicht verändert.\n',
    );
    const charts = await readCharts(new Uint8Array(readFileSync(join(tmp.dir, 'mit-diagramm-bericht.xlsx'))));
    expect(charts.filter((c) => c.sheet === 'Indikatoren')).toEqual([]);
  });

  it('an input image: kept on its sheet, no note', async () => {
    const workbook = sampleTableWorkbook({ sheet: 'Indikatoren' });
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const image = workbook.addImage({ base64: png, extension: 'png' });
    workbook.getWorksheet('Indikatoren')!.addImage(image, 'C10:E14');
    writeFileSync(join(tmp.dir, 'mit-bild.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
    const run = await runCli(['report', 'mit-bild.xlsx', '-q'], tmp.dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = await loadWorkbook(new Uint8Array(readFileSync(join(tmp.dir, 'mit-bild-bericht.xlsx'))));
    const images = report.getWorksheet('Indikatoren')!.getImages();
    expect(images).toHaveLength(1);
    const kept = report.getImage(Number(images[0]!.imageId));
    expect(Buffer.from(kept.buffer as unknown as Uint8Array).toString('base64')).toBe(png);
  });

  it('a date in the Jahr column is read as its serial number, and the engine says what it expects', async () => {
    const workbook = sampleTableWorkbook({ sheet: 'Indikatoren' });
    const cell = workbook.getWorksheet('Indikatoren')!.getCell(2, columnOf('jahr') + 1);
    cell.value = JAN_1_2025;
    cell.numFmt = 'dd.mm.yyyy';
    writeFileSync(join(tmp.dir, 'datum.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
    const run = await runCli(['check', 'datum.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Fehler +Indikatoren!B2 +jahr +45658 +Erwartet wird ein Jahr als ganze Zahl/);
  });
});
