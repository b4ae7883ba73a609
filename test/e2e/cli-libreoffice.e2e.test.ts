/**
 * End-to-end check of the command-line runner with LibreOffice: `template --sample`, then `report`,
 * the report converted to PDF; every sheet's title text and every chart title must appear in the PDF
 * text, and the page with the Profile sheet is saved as test-output/profile-page.png for a look.
 * Needs `libreoffice` and poppler-utils (pdftotext, pdftoppm) on PATH (Debian: apt-get install -y
 * libreoffice-calc poppler-utils); skipped otherwise. Not part of `npm test`.
 * Run: npm run test:e2e -- test/e2e/cli-libreoffice
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { localIsoTime } from '../../src/cli/run-info';
import type { SheetModel } from '../../src/core/model/sheet';
import { computeRun } from '../../src/core/run';
import { buildReport } from '../../src/core/sheets/report';
import { buildVorlage } from '../../src/core/sheets/vorlage';
import { loadWorkbook, readInputGrid } from '../../src/xlsx/read-workbook';
import { FIXED_NOW, runCli } from '../cli/run-cli';

const TOOLS = ['libreoffice', 'pdftotext', 'pdftoppm', 'pdfinfo'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const OUTPUT = resolve(__dirname, '../../test-output');

if (missing.length > 0) {
  console.warn(`cli-libreoffice e2e skipped: ${missing.join(', ')} not on PATH (apt-get install -y libreoffice-calc poppler-utils)`);
}
const describeWithLibreOffice = missing.length === 0 ? describe : describe.skip;

/** The text a reader sees first on a sheet: its first non-empty text cell. */
function titleOf(model: SheetModel): string {
  for (const block of model.blocks)
    for (const row of block.cells) for (const cell of row) if (typeof cell.v === 'string' && cell.v !== '') return cell.v;
  throw new Error(`sheet ${model.name} has no text`);
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describeWithLibreOffice(`report through LibreOffice${missing.length ? ` (skipped: ${missing.join(', ')} missing)` : ''}`, () => {
  it('shows every sheet and every radar chart in the PDF', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cli-lo-'));
    expect((await runCli(['template', '--sample', '-o', 'beispiel.xlsx', '-q'], work)).code).toBe(0);
    expect((await runCli(['report', 'beispiel.xlsx', '-q'], work)).code).toBe(0);
    const report = join(work, 'beispiel-bericht.xlsx');

    execFileSync(
      'libreoffice',
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, report],
      {
        stdio: 'pipe',
        timeout: 150_000,
      },
    );
    const pdf = join(work, 'beispiel-bericht.pdf');
    // Reading order, not layout: a chart title LibreOffice wraps onto two lines then reads as one.
    const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));

    const grid = readInputGrid(await loadWorkbook(new Uint8Array(readFileSync(join(work, 'beispiel.xlsx')))), {});
    const models = [
      buildVorlage({ lang: 'de', sample: true }),
      ...buildReport(computeRun(grid), { lang: 'de', runAt: localIsoTime(FIXED_NOW), appVersion: 'x' }),
    ];
    for (const model of models)
      expect({ sheet: model.name, found: text.includes(squash(titleOf(model))) }).toEqual({ sheet: model.name, found: true });
    const chartTitles = models.flatMap((m) => m.charts.map((c) => c.title));
    expect(chartTitles).toHaveLength(6);
    for (const title of chartTitles) expect({ title, found: text.includes(squash(title)) }).toEqual({ title, found: true });

    // The page of the Profile sheet: the first page whose text has its title.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    const profileTitle = titleOf(models.find((m) => m.key === 'profile')!);
    const page = Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
      squash(execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' })).includes(
        profileTitle,
      ),
    );
    expect(page).toBeDefined();
    mkdirSync(OUTPUT, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      pdf,
      join(OUTPUT, 'profile-page'),
    ]);
    copyFileSync(report, join(OUTPUT, 'cli-beispiel-bericht.xlsx'));
    expect(readFileSync(join(OUTPUT, 'profile-page.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 240_000);
});
