import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildVorlage } from '../../src/core/sheets/vorlage';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { columnOf, sampleRows, sampleTableWorkbook, sampleTemplateBytes, save } from './input-fixtures';
import { runCli, tempDir } from './run-cli';

/** An OLE2 (Compound File) header, as .xls files and password-encrypted .xlsx files begin. */
function oleFile(streamNames: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.concat(streamNames.map((n) => Buffer.concat([Buffer.from(n, 'utf16le'), Buffer.alloc(128 - 2 * n.length)])));
  return new Uint8Array(Buffer.concat([header, directory]));
}

describe('exit code 3: inputs that cannot be read, with a German message on stderr', () => {
  const tmp = tempDir('errors');
  afterAll(tmp.cleanup);
  const file = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(tmp.dir, name), bytes);
    return name;
  };

  async function expectInputError(args: string[], message: RegExp): Promise<void> {
    for (const command of ['report', 'check']) {
      const run = await runCli([command, ...args, '-q'], tmp.dir);
      expect({ command, code: run.code, stdout: run.stdout }).toEqual({ command, code: 3, stdout: '' });
      expect(run.stderr).toMatch(/^Fehler: /);
      expect(run.stderr).toMatch(message);
    }
  }

  it('a CSV file, by name or disguised as .xlsx', async () => {
    const csv = 'Kommune;Jahr\nDortmund;2025\n';
    await expectInputError(
      [file('daten.csv', csv)],
      /„daten\.csv“ ist eine CSV-Textdatei\. Erwartet wird eine Excel-Arbeitsmappe \(\.xlsx\)/,
    );
    await expectInputError([file('daten-csv.xlsx', csv)], /„daten-csv\.xlsx“ ist keine Excel-Arbeitsmappe \(\.xlsx\)/);
  });

  it('an old .xls workbook (OLE container without encryption)', async () => {
    await expectInputError(
      [file('alt.xls', oleFile(['Root Entry', 'Workbook']))],
      /„alt\.xls“ ist im alten Excel-Format \(\.xls\)\. Bitte in Excel öffnen und als Excel-Arbeitsmappe \(\.xlsx\) speichern/,
    );
  });

  it('a password-protected workbook (encrypted OLE container, starts with D0 CF 11 E0)', async () => {
    const bytes = oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
    await expectInputError([file('geheim.xlsx', bytes)], /„geheim\.xlsx“ ist mit einem Kennwort geschützt \(verschlüsselt\)/);
  });

  it('a damaged file: cut-off zip, zip without workbook, workbook part that is not XML', async () => {
    const good = await sampleTemplateBytes();
    await expectInputError(
      [file('abgeschnitten.xlsx', good.subarray(0, Math.floor(good.length / 2)))],
      /„abgeschnitten\.xlsx“ ist beschädigt/,
    );
    const zip = new JSZip();
    zip.file('hallo.txt', 'kein Excel');
    await expectInputError(
      [file('archiv.xlsx', await zip.generateAsync({ type: 'uint8array' }))],
      /„archiv\.xlsx“ ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe/,
    );
    const broken = await JSZip.loadAsync(good);
    broken.file('xl/workbook.xml', '<workbook><sheets><sheet name="x" sheetId="1" r:id="rId9"/>');
    await expectInputError(
      [file('kaputt.xlsx', await broken.generateAsync({ type: 'uint8array' }))],
      /beschädigt oder keine gültige Excel-Arbeitsmappe/,
    );
  });

  it('an empty file, a missing file and a folder', async () => {
    await expectInputError([file('leer.xlsx', '')], /„leer\.xlsx“ ist leer/);
    await expectInputError(['fehlt.xlsx'], /Die Datei „.*fehlt\.xlsx“ wurde nicht gefunden/);
    mkdirSync(join(tmp.dir, 'ordner.xlsx'));
    await expectInputError(['ordner.xlsx'], /ist ein Ordner, keine Datei/);
  });

  it('a missing table names the tables that exist', async () => {
    await save(sampleTableWorkbook({ sheet: 'Daten', table: 'Werte2025' }), join(tmp.dir, 'andere-tabelle.xlsx'));
    await expectInputError(
      ['andere-tabelle.xlsx'],
      /Die Tabelle „Indikatoren“ wurde nicht gefunden\. Vorhandene Tabellen: „Werte2025“ \(Blatt „Daten“\)\. Mit --table NAME/,
    );
    file('vorlage.xlsx', await sampleTemplateBytes());
    await expectInputError(
      ['vorlage.xlsx', '--table', 'Daten'],
      /Die Tabelle „Daten“ wurde nicht gefunden\. Vorhandene Tabellen: „Indikatoren“ \(Blatt „Indikatoren“\)/,
    );
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Blatt1').getCell('A1').value = 'Kommune';
    await save(plain, join(tmp.dir, 'ohne-tabelle.xlsx'));
    await expectInputError(['ohne-tabelle.xlsx'], /die Mappe enthält keine Excel-Tabellen\. Blätter: „Blatt1“/);
    await expectInputError(
      ['ohne-tabelle.xlsx', '--sheet', 'Daten'],
      /Das Blatt „Daten“ wurde nicht gefunden\. Vorhandene Blätter: „Blatt1“/,
    );
  });

  it('an empty table (header only) and a sheet with only a header row', async () => {
    file('leere-vorlage.xlsx', await writeWorkbook([buildVorlage({ lang: 'de', sample: false })]));
    await expectInputError(
      ['leere-vorlage.xlsx'],
      /Die Tabelle „Indikatoren“ \(Blatt „Indikatoren“, A1:Z2\) enthält nur die Kopfzeile und keine Datenzeilen/,
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Daten').addRow(sampleRows().header);
    await save(workbook, join(tmp.dir, 'nur-kopf.xlsx'));
    await expectInputError(['nur-kopf.xlsx', '--sheet', 'Daten'], /Das Blatt „Daten“ enthält nur die Kopfzeile/);
  });

  it('merged cells in the header row, named by their range', async () => {
    const { header, rows } = sampleRows();
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Daten');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    ws.mergeCells('C1:D1');
    await save(workbook, join(tmp.dir, 'verbunden.xlsx'));
    await expectInputError(['verbunden.xlsx', '--sheet', 'Daten'], /Die Kopfzeile auf Blatt „Daten“ enthält verbundene Zellen \(C1:D1\)/);
  });

  it('an input table with a name the report needs', async () => {
    const workbook = sampleTableWorkbook({ sheet: 'Indikatoren' });
    workbook.addWorksheet('Eigene').addTable({ name: 'KM_Typologie', ref: 'A1', columns: [{ name: 'Spalte' }], rows: [['x']] });
    await save(workbook, join(tmp.dir, 'tabellenname.xlsx'));
    const run = await runCli(['report', 'tabellenname.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/Die Eingabe enthält schon eine Tabelle „KM_Typologie“ \(Blatt „Eigene“\)/);
  });

  it('an input sheet with the name of a report sheet', async () => {
    await save(sampleTableWorkbook({ sheet: 'Typologie' }), join(tmp.dir, 'typologie-blatt.xlsx'));
    const run = await runCli(['report', 'typologie-blatt.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/Das Eingabeblatt „Typologie“ heißt wie ein Berichtsblatt/);
  });
});

describe('formula cells that show errors are findings with their cell, not crashes', () => {
  const tmp = tempDir('formula');
  afterAll(tmp.cleanup);
  beforeAll(async () => {
    const workbook = sampleTableWorkbook({ sheet: 'Indikatoren' });
    const ws = workbook.getWorksheet('Indikatoren')!;
    const einwohner = columnOf('einwohner') + 1;
    ws.getCell(2, einwohner).value = { formula: 'D2/0', result: { error: '#DIV/0!' } };
    ws.getCell(3, einwohner).value = { formula: 'SVERWEIS(1;X;2)', result: { error: '#N/A' } };
    ws.getCell(4, einwohner).value = { formula: '600000+14000', result: 614000 };
    await save(workbook, join(tmp.dir, 'formelfehler.xlsx'));
  });

  it('check: exit 1, both cells with address, value and message', async () => {
    const run = await runCli(['check', 'formelfehler.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Fehler +Indikatoren!C2 +einwohner +#DIV\/0! +Die Zelle zeigt den Formelfehler #DIV\/0!/);
    expect(run.stdout).toMatch(/Fehler +Indikatoren!C3 +einwohner +#N\/A +Die Zelle zeigt den Formelfehler #N\/A/);
    expect(run.stdout).not.toMatch(/Indikatoren!C4/);
  });

  it('report: written (exit 0), the findings in the Prüfbericht', async () => {
    const run = await runCli(['report', 'formelfehler.xlsx', '-q', '--json'], tmp.dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { issues: Array<{ code: string; cell: string; value: string | null }> };
    expect(json.issues.filter((i) => i.code === 'formula-error').map((i) => [i.cell, i.value])).toEqual([
      ['C2', '#DIV/0!'],
      ['C3', '#N/A'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(join(tmp.dir, 'formelfehler-bericht.xlsx'))).buffer);
    const texts: string[] = [];
    workbook.getWorksheet('Prüfbericht')!.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.text))));
    expect(texts).toEqual(expect.arrayContaining(['#DIV/0!', '#N/A']));
  });
});
