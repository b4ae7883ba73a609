import { writeFileSync } from 'fs';
import { join } from 'path';
import { JsonOutput } from '../../src/cli/format/json-output';
import { localIsoTime } from '../../src/cli/run-info';
import { computeRun } from '../../src/core/run';
import { loadWorkbook, readInputGrid } from '../../src/xlsx/read-workbook';
import { sampleTemplateBytes } from './input-fixtures';
import { FIXED_NOW, runCli, tempDir } from './run-cli';

describe('report --json: the documented shape on stdout', () => {
  const tmp = tempDir('json');
  afterAll(tmp.cleanup);
  let bytes: Uint8Array;
  let stdout: string;
  beforeAll(async () => {
    bytes = await sampleTemplateBytes();
    writeFileSync(join(tmp.dir, 'beispiel.xlsx'), bytes);
    const run = await runCli(['report', 'beispiel.xlsx', '--json', '--rule', 'streng'], tmp.dir);
    expect(run.code).toBe(0);
    stdout = run.stdout;
  });

  it('is one JSON document that the schema accepts, with the fields in a fixed order', () => {
    const json = JsonOutput.parse(JSON.parse(stdout));
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual([
      'format',
      'formatVersion',
      'command',
      'appVersion',
      'runAt',
      'input',
      'output',
      'method',
      'years',
      'summary',
      'rows',
      'issues',
    ]);
    expect(json).toMatchObject({
      format: 'kooperationsmonitor-ergebnis',
      formatVersion: 1,
      command: 'report',
      runAt: localIsoTime(FIXED_NOW),
      output: join(tmp.dir, 'beispiel-bericht.xlsx'),
      input: {
        file: join(tmp.dir, 'beispiel.xlsx'),
        sheet: 'Indikatoren',
        table: 'Indikatoren',
        address: 'A1:Z7',
        rowsRead: 6,
        rowsScored: 6,
      },
      years: [2024, 2025],
      summary: { rows: 6, types: { I: 2, II: 4, III: 0, nichtBestimmbar: 0 }, errors: 0, warnings: 1 },
    });
  });

  it('carries the engine’s rows, issues and method unchanged (one row per line)', async () => {
    const grid = readInputGrid(await loadWorkbook(bytes), {});
    const engine = computeRun(grid, { ...computeRun(grid).method, rule: 'streng' });
    const json = JsonOutput.parse(JSON.parse(stdout));
    expect(json.rows).toEqual(JSON.parse(JSON.stringify(engine.rows)));
    expect(json.issues).toEqual(engine.issues);
    expect(json.method).toEqual(engine.method);
    expect(stdout.split('\n').filter((l) => /^\{"kommune":/.test(l))).toHaveLength(6);
  });

  it('keeps progress off stdout', () => {
    expect(stdout.trimStart().startsWith('{')).toBe(true);
    expect(stdout).not.toContain('Lese Eingabe');
  });
});
