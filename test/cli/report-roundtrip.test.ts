import type ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { localIsoTime } from '../../src/cli/run-info';
import { roman } from '../../src/core/model/level';
import type { RunResult } from '../../src/core/model/result';
import type { SheetModel } from '../../src/core/model/sheet';
import type { Lang } from '../../src/core/model/text';
import { computeRun } from '../../src/core/run';
import { sampleGrid } from '../../src/core/sample/sample-grid';
import { buildReport } from '../../src/core/sheets/report';
import { loadWorkbook, readInputGrid } from '../../src/xlsx/read-workbook';
import { expectSheetMatchesModel, filledCells, modelCells } from '../xlsx/expect-model';
import { readCharts } from '../xlsx/read-charts';
import { load, sampleTemplateBytes } from './input-fixtures';
import { FIXED_NOW, runCli, tempDir } from './run-cli';

const VERSION = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

/** The models the add-in would render for the same input, clock and options. */
async function expectedRun(
  inputBytes: Uint8Array,
  options: { lang: Lang; rule?: 'streng'; year?: number; profiles?: string[] },
): Promise<{ result: RunResult; models: SheetModel[] }> {
  const grid = readInputGrid(await loadWorkbook(inputBytes), {});
  const method = { ...computeRun(grid).method, ...(options.rule ? { rule: options.rule } : {}) };
  const result = computeRun(grid, method);
  const models = buildReport(result, {
    lang: options.lang,
    year: options.year ?? null,
    runAt: localIsoTime(FIXED_NOW),
    appVersion: VERSION,
    ...(options.profiles ? { profiles: options.profiles } : {}),
  });
  return { result, models };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; sheets: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

describe('report: the written workbook against the sheet models and the engine', () => {
  const tmp = tempDir('roundtrip');
  let inputBytes: Uint8Array;
  let input: string;
  afterAll(tmp.cleanup);
  beforeAll(async () => {
    inputBytes = await sampleTemplateBytes();
    input = join(tmp.dir, 'beispiel.xlsx');
    writeFileSync(input, inputBytes);
  });

  async function report(
    args: string[],
    out: string,
  ): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook; stdout: string; stderr: string }> {
    const run = await runCli(['report', input, '-o', out, '--quiet', ...args], tmp.dir);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = new Uint8Array(readFileSync(out));
    return { bytes, workbook: await load(bytes), stdout: run.stdout, stderr: run.stderr };
  }

  describe.each<Lang>(['de', 'en'])('--lang %s', (lang) => {
    let written: Awaited<ReturnType<typeof report>>;
    let expected: Awaited<ReturnType<typeof expectedRun>>;
    beforeAll(async () => {
      written = await report(['--lang', lang], join(tmp.dir, `bericht-${lang}.xlsx`));
      expected = await expectedRun(inputBytes, { lang });
    });

    it('has the input sheet first, then the five report sheets in their language', () => {
      const names =
        lang === 'de'
          ? ['Typologie', 'Vergleich', 'Profile', 'Methodik', 'Prüfbericht']
          : ['Typology', 'Comparison', 'Profiles', 'Method', 'Validation'];
      expect(written.workbook.worksheets.map((w) => w.name)).toEqual(['Indikatoren', ...names]);
      expect(expected.models.map((m) => m.name)).toEqual(names);
    });

    it('matches every cell of every report sheet model: value, number format, style, note; and nothing else', () => {
      for (const model of expected.models) {
        const ws = sheet(written.workbook, model.name);
        expectSheetMatchesModel(ws, model);
        expect(filledCells(ws).sort()).toEqual(modelCells(model).sort());
      }
    });

    it('keeps the input sheet unchanged: every value, number format and note, the table, the dropdowns', async () => {
      const original = sheet(await load(inputBytes), 'Indikatoren');
      const copy = sheet(written.workbook, 'Indikatoren');
      expect(filledCells(copy).sort()).toEqual(filledCells(original).sort());
      original.eachRow((row) =>
        row.eachCell((cell) => {
          const got = copy.getCell(cell.address);
          expect({ address: cell.address, value: got.value, numFmt: got.numFmt, note: got.note }).toEqual({
            address: cell.address,
            value: cell.value,
            numFmt: cell.numFmt,
            note: cell.note,
          });
        }),
      );
      const tables = (ws: ExcelJS.Worksheet) =>
        (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables;
      expect(Object.values(tables(copy)).map((t) => [t.table.name, t.table.tableRef])).toEqual([['Indikatoren', 'A1:Z7']]);
      // ExcelJS keeps data validations on the worksheet; its typings lack the property.
      const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
      expect(validations(copy)).toEqual(validations(original));
      expect(copy.columns.map((c) => c.width)).toEqual(original.columns.map((c) => c.width));
    });

    it('shows the program version from package.json and the run time on the Methodik sheet', () => {
      const ws = sheet(written.workbook, lang === 'de' ? 'Methodik' : 'Method');
      const values = ws.getColumn(2).values.map(String);
      expect(values).toContain(VERSION);
      expect(values).toContain(lang === 'de' ? '14.03.2025, 09:30' : '2025-03-14 09:30');
    });
  });

  it('gives the paper’s classification in the Typologie sheet: types, criterion levels and scores of the engine', async () => {
    const { workbook } = await report(['--force'], join(tmp.dir, 'bericht-de.xlsx'));
    const engine = computeRun(sampleGrid());
    const ws = sheet(workbook, 'Typologie');
    const rows = engine.rows.map((r, i) => {
      const cells = ws.getRow(i + 2);
      return {
        kommune: cells.getCell(1).value,
        jahr: cells.getCell(2).value,
        typ: cells.getCell(3).value,
        levels: [5, 7, 9].map((c) => cells.getCell(c).value),
        scores: [6, 8, 10].map((c) => cells.getCell(c).value),
        overall: cells.getCell(15).value,
        rank: cells.getCell(16).value,
      };
    });
    expect(rows).toEqual(
      engine.rows.map((r) => ({
        kommune: r.kommune,
        jahr: r.jahr,
        typ: r.type === null ? 'nicht bestimmbar' : roman(r.type),
        levels: (['K1', 'K2', 'K3'] as const).map((c) => {
          const k = r.criteria[c];
          return k.level === null ? '' : roman(k.level) + (k.estimated ? ' (geschätzt)' : '');
        }),
        scores: (['K1', 'K2', 'K3'] as const).map((c) => r.criteria[c].score),
        overall: r.overall,
        rank: r.rank,
      })),
    );
    expect(rows.map((r) => `${r.kommune} ${r.jahr} ${r.typ}`)).toEqual([
      'Dortmund 2025 II',
      'Dresden 2024 II',
      'Dresden 2025 II',
      'Halle (Saale) 2025 II',
      'Mönchengladbach 2025 II',
      'Nürnberg 2025 I',
    ]);
  });

  it('draws one radar chart per Kommune of the latest year plus the overlay', async () => {
    const { bytes } = await report(['--force'], join(tmp.dir, 'bericht-de.xlsx'));
    const charts = (await readCharts(bytes)).filter((c) => c.sheet === 'Profile');
    expect(charts.map((c) => c.frameName)).toEqual([
      'KM_Overlay',
      'KM_Profil_1',
      'KM_Profil_2',
      'KM_Profil_3',
      'KM_Profil_4',
      'KM_Profil_5',
    ]);
    expect(charts.map((c) => c.title)).toEqual([
      'Vergleich 2025: Auswahl und Median',
      'Dortmund 2025',
      'Mönchengladbach 2025',
      'Halle (Saale) 2025',
      'Dresden 2025 (Vorjahr 2024)',
      'Nürnberg 2025',
    ]);
    expect((await readCharts(bytes)).filter((c) => c.sheet !== 'Profile')).toEqual([]);
  });

  it('--profiles "Dortmund,Halle (Saale)" gives exactly those two charts plus the overlay', async () => {
    const out = join(tmp.dir, 'zwei.xlsx');
    const { bytes, workbook } = await report(['--profiles', 'Dortmund,Halle (Saale)'], out);
    const charts = (await readCharts(bytes)).filter((c) => c.sheet === 'Profile');
    expect(charts.map((c) => c.title)).toEqual(['Vergleich 2025: Auswahl und Median', 'Dortmund 2025', 'Halle (Saale) 2025']);
    const expected = await expectedRun(inputBytes, { lang: 'de', profiles: ['Dortmund', 'Halle (Saale)'] });
    expectSheetMatchesModel(sheet(workbook, 'Profile'), expected.models[2]!);
  });

  it('--rule streng and --year 2024 reach the engine and the sheets', async () => {
    const { workbook } = await report(['--rule', 'streng', '--year', '2024'], join(tmp.dir, 'streng.xlsx'));
    const expected = await expectedRun(inputBytes, { lang: 'de', rule: 'streng', year: 2024 });
    expect(expected.result.rows.find((r) => r.kommune === 'Dresden' && r.jahr === 2025)!.type).toBe(1);
    for (const model of expected.models) expectSheetMatchesModel(sheet(workbook, model.name), model);
  });

  it('writes <input>-bericht.xlsx next to the input by default and prints a summary', async () => {
    const run = await runCli(['report', 'beispiel.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `Bericht geschrieben: ${join(tmp.dir, 'beispiel-bericht.xlsx')}`,
        'Blätter: Indikatoren, Typologie, Vergleich, Profile, Methodik, Prüfbericht',
        '6 Zeilen berechnet (2024–2025): Typ I 1 · Typ II 5 · Typ III 0 · nicht bestimmbar 0',
        'Prüfbericht: 0 Fehler, 1 Warnung',
        '',
      ].join('\n'),
    );
  });

  it('takes an older report as input: its report sheets are replaced, with a note for each', async () => {
    const first = join(tmp.dir, 'erster-bericht.xlsx');
    await report([], first);
    const run = await runCli(['report', first, '-o', 'zweiter-bericht.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.includes('wird durch das neue Berichtsblatt ersetzt'))).toHaveLength(5);
    expect(run.stderr).toMatch(/^Hinweis: Die Eingabe enthält Diagramme \(6\)/);
    const bytes = new Uint8Array(readFileSync(join(tmp.dir, 'zweiter-bericht.xlsx')));
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Indikatoren', 'Typologie', 'Vergleich', 'Profile', 'Methodik', 'Prüfbericht']);
    expect((await readCharts(bytes)).map((c) => c.sheet)).toEqual(Array(6).fill('Profile'));
    const expected = await expectedRun(inputBytes, { lang: 'de' });
    for (const model of expected.models) expectSheetMatchesModel(sheet(workbook, model.name), model);
  });

  it('reports progress with timings on stderr unless --quiet', async () => {
    const run = await runCli(['report', 'beispiel.xlsx', '-o', 'fortschritt.xlsx'], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Lese Eingabe… \d+,\d s\nBerechne 6 Zeilen… \d+,\d s\nSchreibe Bericht… \d+,\d s\nFertig in \d+,\d s\.\n$/);
  });
});
