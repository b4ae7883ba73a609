import { readFileSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { sampleTemplateBytes } from './input-fixtures';
import { runCli, tempDir } from './run-cli';

describe('exit code 2: wrong calls, with a clear message', () => {
  const tmp = tempDir('usage');
  afterAll(tmp.cleanup);
  let inputBytes: Uint8Array;
  beforeAll(async () => {
    inputBytes = await sampleTemplateBytes();
    writeFileSync(join(tmp.dir, 'beispiel.xlsx'), inputBytes);
  });

  async function expectUsage(argv: string[], message: RegExp): Promise<void> {
    const run = await runCli(argv, tmp.dir);
    expect({ argv, code: run.code, stdout: run.stdout }).toEqual({ argv, code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
  }

  it.each<[string[], RegExp]>([
    [['frobnicate'], /^Fehler: Unbekannter Befehl „frobnicate“\. Befehle: report, template, check\./],
    [['--frob'], /^Fehler: Unbekannte Option „--frob“\. Zuerst einen Befehl angeben/],
    [['help', 'frob'], /Unbekannter Befehl „frob“/],
    [['report', 'beispiel.xlsx', '--frob'], /^Fehler: Unbekannte Option „--frob“ für „report“\. Hilfe: kooperationsmonitor report --help/],
    [['template', '-x'], /Unbekannte Option „-x“ für „template“/],
    [['check', 'beispiel.xlsx', '--rule', 'streng'], /Unbekannte Option „--rule“ für „check“/],
    [['report', 'beispiel.xlsx', '--year'], /Die Option „--year“ braucht einen Wert/],
    [['report', 'beispiel.xlsx', '--force=ja'], /Die Option „--force“ nimmt keinen Wert an/],
    [['report'], /Die Eingabedatei fehlt: kooperationsmonitor report <eingabe\.xlsx>/],
    [['report', 'a.xlsx', 'b.xlsx'], /Nur eine Eingabedatei angeben \(gefunden: „a\.xlsx“, „b\.xlsx“\)/],
    [['template', 'x.xlsx'], /Unerwartetes Argument „x\.xlsx“/],
    [['report', 'beispiel.xlsx', '--year', '25'], /Ungültiger Wert „25“ für --year: erwartet wird eine Jahreszahl zwischen 1900 und 2100/],
    [['report', 'beispiel.xlsx', '--year', '2200'], /Ungültiger Wert „2200“ für --year/],
    [
      ['report', 'beispiel.xlsx', '--rule', 'milde'],
      /Ungültiger Wert „milde“ für --rule: erwartet wird mehrheit, streng oder kompensatorisch/,
    ],
    [['report', 'beispiel.xlsx', '--lang', 'fr'], /Ungültiger Wert „fr“ für --lang: erwartet wird de oder en/],
    [['template', '--lang', 'fr'], /Ungültiger Wert „fr“ für --lang/],
    [['report', 'beispiel.xlsx', '--profiles', ' , '], /Ungültiger Wert „ , “ für --profiles: erwartet wird 1 bis 30 Kommunen/],
    [
      ['report', 'beispiel.xlsx', '--profiles', Array.from({ length: 31 }, (_, i) => `K${i}`).join(',')],
      /für --profiles: erwartet wird 1 bis 30 Kommunen/,
    ],
    [['report', 'beispiel.xlsx', '--table', 'Indikatoren', '--sheet', 'Indikatoren'], /--table und --sheet schließen einander aus/],
    [['report', 'beispiel.xlsx', '-o', 'bericht.csv'], /Die Ausgabedatei „bericht\.csv“ muss auf \.xlsx enden/],
    [['report', 'beispiel.xlsx', '-o', 'fehlt/bericht.xlsx'], /Der Ordner „.*fehlt“ für die Ausgabedatei existiert nicht/],
    [
      ['report', 'beispiel.xlsx', '--year', '2019', '-o', 'jahr.xlsx'],
      /Für --year 2019 gibt es keine berechneten Zeilen\. Jahre in den Daten: 2024, 2025\./,
    ],
  ])('%j', async (argv, message) => expectUsage(argv, message));

  it('writes messages in English with --lang en', async () => {
    const run = await runCli(['report', 'beispiel.xlsx', '--lang', 'en', '--rule', 'x'], tmp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Error: Invalid value "x" for --rule: expected mehrheit, streng or kompensatorisch. Help: kooperationsmonitor report --help\n',
    );
  });

  it('without arguments prints the help on stderr and exits 2', async () => {
    const run = await runCli([], tmp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Aufruf:');
  });

  it('refuses to overwrite an existing report without --force, and overwrites it with --force', async () => {
    writeFileSync(join(tmp.dir, 'vorhanden.xlsx'), 'alt');
    await expectUsage(
      ['report', 'beispiel.xlsx', '-o', 'vorhanden.xlsx', '-q'],
      /Die Datei „.*vorhanden\.xlsx“ gibt es schon\. Mit --force wird sie überschrieben/,
    );
    expect(readFileSync(join(tmp.dir, 'vorhanden.xlsx'), 'utf8')).toBe('alt');
    const run = await runCli(['report', 'beispiel.xlsx', '-o', 'vorhanden.xlsx', '-q', '--force'], tmp.dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(tmp.dir, 'vorhanden.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses to write over the input, even with --force, however the path is spelled', async () => {
    symlinkSync(join(tmp.dir, 'beispiel.xlsx'), join(tmp.dir, 'verweis.xlsx'));
    for (const out of ['beispiel.xlsx', './unter/../beispiel.xlsx', join(tmp.dir, 'beispiel.xlsx'), 'verweis.xlsx']) {
      await expectUsage(
        ['report', 'beispiel.xlsx', '-o', out, '--force', '-q'],
        /ist die Eingabedatei\. Die Eingabe wird nie überschrieben \(auch nicht mit --force\)/,
      );
    }
    await expectUsage(['report', 'verweis.xlsx', '-o', 'beispiel.xlsx', '--force', '-q'], /ist die Eingabedatei/);
    expect(new Uint8Array(readFileSync(join(tmp.dir, 'beispiel.xlsx')))).toEqual(inputBytes);
  });

  it('template refuses an existing file without --force', async () => {
    writeFileSync(join(tmp.dir, 'vorlage.xlsx'), 'alt');
    await expectUsage(['template', '-q'], /Die Datei „.*vorlage\.xlsx“ gibt es schon/);
    expect((await runCli(['template', '-q', '--force'], tmp.dir)).code).toBe(0);
  });
});
