/**
 * End-to-end check of the .xlsx writer with LibreOffice: a workbook with two native radar charts is
 * converted to PDF; the chart titles must appear in the PDF text, and the first page is saved as PNG
 * in test-output/ for a look. Needs `libreoffice` and poppler-utils (pdftotext, pdftoppm) on PATH
 * (Debian: apt-get install -y libreoffice-calc poppler-utils); skipped otherwise. Not part of `npm test`.
 * Run: npx jest --config '{"testEnvironment":"node","transform":{"^.+\\.ts$":"ts-jest"}}' test/e2e/xlsx-libreoffice
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { SheetModel } from '../../src/core/model/sheet';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { profileChart, profileModel } from '../xlsx/fixtures';

const TOOLS = ['libreoffice', 'pdftotext', 'pdftoppm'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const OUTPUT = resolve(__dirname, '../../test-output');

if (missing.length > 0) {
  console.warn(`xlsx-libreoffice e2e skipped: ${missing.join(', ')} not on PATH (apt-get install -y libreoffice-calc poppler-utils)`);
}
const describeWithLibreOffice = missing.length === 0 ? describe : describe.skip;

function twoChartModel(): SheetModel {
  return {
    ...profileModel(),
    charts: [profileChart(0, 'radar'), profileChart(1, 'radarFilled')],
    page: { orientation: 'landscape', fitToWidth: true },
  };
}

describeWithLibreOffice(
  `xlsx with radar charts through LibreOffice${missing.length ? ` (skipped: ${missing.join(', ')} missing)` : ''}`,
  () => {
    it('renders both charts with their titles', async () => {
      const work = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
      const xlsx = join(work, 'profile-charts.xlsx');
      writeFileSync(xlsx, await writeWorkbook([twoChartModel()]));
      execFileSync(
        'libreoffice',
        [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, xlsx],
        { stdio: 'pipe', timeout: 150_000 },
      );
      const pdf = join(work, 'profile-charts.pdf');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Profil Aachen & Bonn');
      expect(text).toContain('Profil Köln & Essen');
      expect(text).toContain('Struktur');

      mkdirSync(OUTPUT, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-singlefile', pdf, join(OUTPUT, 'xlsx-libreoffice-radar')]);
      writeFileSync(join(OUTPUT, 'xlsx-libreoffice-radar.xlsx'), readFileSync(xlsx));
      expect(readFileSync(join(OUTPUT, 'xlsx-libreoffice-radar.png')).subarray(1, 4).toString()).toBe('PNG');
    }, 180_000);
  },
);
