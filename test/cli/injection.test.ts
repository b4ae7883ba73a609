import { readFileSync } from 'fs';
import { join } from 'path';
import { readCharts } from '../xlsx/read-charts';
import { readPackage, sheetParts } from '../xlsx/read-package';
import { descendants, one } from '../xlsx/xml-tree';
import { load, sampleTemplateBytes, save } from './input-fixtures';
import { runCli, tempDir } from './run-cli';

/** Kommune names that a spreadsheet would take for formulas if they were written as typed. */
const RENAME: Record<string, string> = {
  Dortmund: '=SUMME(A1:A9)',
  Mönchengladbach: '+49 Mönchengladbach',
  'Halle (Saale)': '-Halle',
  Nürnberg: '@Nürnberg',
  Dresden: '=HYPERLINK("https://example.org";"Dresden")',
};

describe('report: Kommune names that look like formulas stay text', () => {
  const tmp = tempDir('injection');
  afterAll(tmp.cleanup);
  let bytes: Uint8Array;

  beforeAll(async () => {
    const workbook = await load(await sampleTemplateBytes());
    const ws = workbook.getWorksheet('Indikatoren')!;
    for (let r = 2; r <= ws.rowCount; r++) {
      const cell = ws.getCell(r, 1);
      cell.value = RENAME[String(cell.value)] ?? cell.value;
    }
    const input = await save(workbook, join(tmp.dir, 'formeln.xlsx'));
    const run = await runCli(['report', input, '-q'], tmp.dir);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    bytes = new Uint8Array(readFileSync(join(tmp.dir, 'formeln-bericht.xlsx')));
  });

  it('writes no formula anywhere: no <f> element in any sheet', async () => {
    const parts = await readPackage(bytes);
    for (const [name, part] of sheetParts(parts)) {
      const formulas = descendants(parts.xml(part)).filter((e) => e.name === 'f');
      expect({ sheet: name, formulas: formulas.length }).toEqual({ sheet: name, formulas: 0 });
    }
  });

  it('keeps the names as strings in Typologie, Vergleich and Profile', async () => {
    const workbook = await load(bytes);
    const names = Object.values(RENAME);
    const typologie = workbook.getWorksheet('Typologie')!;
    const column = typologie.getColumn(1).values.slice(2);
    expect(new Set(column)).toEqual(new Set(names));
    for (const sheetName of ['Vergleich', 'Profile']) {
      const found = new Set<string>();
      workbook.getWorksheet(sheetName)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (names.includes(String(cell.value))) {
            expect(typeof cell.value).toBe('string');
            found.add(String(cell.value));
          }
        }),
      );
      expect({ sheetName, found: [...found].sort() }).toEqual({ sheetName, found: [...names].sort() });
    }
  });

  it('keeps the names as text in the input sheet and in the chart titles and series names', async () => {
    const parts = await readPackage(bytes);
    const input = parts.xml(sheetParts(parts).get('Indikatoren')!);
    const nameCells = descendants(input).filter((e) => e.name === 'c' && /^A([2-9])$/.test(e.attrs.r ?? ''));
    expect(nameCells.map((c) => c.attrs.t)).toEqual(nameCells.map(() => 's'));
    expect(nameCells.some((c) => one(c, 'f'))).toBe(false);
    const charts = await readCharts(bytes);
    expect(charts.map((c) => c.title)).toEqual(expect.arrayContaining(['=SUMME(A1:A9) 2025', '@Nürnberg 2025']));
    expect(charts[0]!.series.map((s) => s.name)).toEqual(expect.arrayContaining(['-Halle', '+49 Mönchengladbach']));
  });

  it('check lists no finding about the names', async () => {
    const run = await runCli(['check', 'formeln.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/Indikatoren!A\d/);
  });
});
