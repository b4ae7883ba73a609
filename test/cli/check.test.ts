import { writeFileSync } from 'fs';
import { join } from 'path';
import { JsonOutput } from '../../src/cli/format/json-output';
import { columnOf, sampleTableWorkbook, sampleTemplateBytes, save } from './input-fixtures';
import { runCli, tempDir } from './run-cli';

describe('check: the validation report and its exit code', () => {
  const tmp = tempDir('check');
  afterAll(tmp.cleanup);
  beforeAll(async () => {
    writeFileSync(join(tmp.dir, 'beispiel.xlsx'), await sampleTemplateBytes());
    const workbook = sampleTableWorkbook({ sheet: 'Indikatoren' });
    const ws = workbook.getWorksheet('Indikatoren')!;
    ws.getCell(2, columnOf('einwohner') + 1).value = 'viele';
    ws.getCell(3, columnOf('form_zusammenarbeit') + 1).value = 'sehr verbindlich';
    await save(workbook, join(tmp.dir, 'fehler.xlsx'));
  });

  it('exits 0 when there are warnings only, and prints them', async () => {
    const run = await runCli(['check', 'beispiel.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'Prüfbericht für beispiel.xlsx (Tabelle „Indikatoren“ auf Blatt „Indikatoren“, A1:Z7): 6 Zeilen gelesen, 6 berechenbar',
    );
    expect(lines[2]).toMatch(/^Schwere +Zelle +Indikator +Wert +Meldung$/);
    expect(lines[4]).toMatch(/^Warnung +Indikatoren!Z3 +foerdervolumen_eur +30000 +Das Fördervolumen wird je Person/);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('Prüfbericht: 0 Fehler, 1 Warnung');
  });

  it('exits 1 when there are errors; every finding with severity, sheet!cell, indicator, value and German message', async () => {
    const run = await runCli(['check', 'fehler.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Fehler +Indikatoren!C2 +einwohner +viele +Erwartet wird eine Anzahl/);
    expect(run.stdout).toMatch(/Fehler +Indikatoren!M3 +form_zusammenarbeit +sehr verbindlich +/);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^Prüfbericht: 2 Fehler, \d+ Warnung/);
  });

  it('--sheet reads the used range of a sheet instead of a table', async () => {
    const run = await runCli(['check', 'fehler.xlsx', '--sheet', 'indikatoren', '-q'], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Prüfbericht für fehler\.xlsx \(Blatt „Indikatoren“, A1:Z7\)/);
  });

  it('--json prints the same shape as report, with output null and the findings', async () => {
    const run = await runCli(['check', 'fehler.xlsx', '--json', '-q'], tmp.dir);
    expect(run.code).toBe(1);
    const json = JsonOutput.parse(JSON.parse(run.stdout));
    expect(json.command).toBe('check');
    expect(json.output).toBeNull();
    expect(json.summary.errors).toBe(2);
    expect(json.issues.filter((i) => i.severity === 'error').map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      'Indikatoren!C2',
      'Indikatoren!M3',
    ]);
  });

  it('--lang en gives the English messages', async () => {
    const run = await runCli(['check', 'fehler.xlsx', '--lang', 'en', '-q'], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error +Indikatoren!C2 +einwohner +viele +Expected a count/);
  });
});
