import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { RESOURCE_USAGE_ENV } from '../../src/cli/main';
import { generateGrid } from './generate';

const BIN = resolve(__dirname, '../../src/cli/bin.cjs');
const TIME = '/usr/bin/time';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
const secs = (s: number) => `${s.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

/** The generated table as an input workbook: sheet and Excel table "Indikatoren", percent cells formatted as percent. */
async function writeInput(path: string, kommunen: number, years: number): Promise<number> {
  const grid = generateGrid(kommunen, years);
  const [header, ...rows] = grid.values;
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Indikatoren');
  ws.addTable({ name: 'Indikatoren', ref: 'A1', headerRow: true, columns: header!.map((h) => ({ name: String(h) })), rows });
  grid.numberFormats?.forEach((formats, r) =>
    formats.forEach((fmt, c) => {
      if (r > 0 && fmt !== 'General') ws.getCell(r + 1, c + 1).numFmt = fmt;
    }),
  );
  await workbook.xlsx.writeFile(path);
  return rows.length;
}

/**
 * The whole `report` command on 11,000 Kommunen × 10 years in a child process, as a batch run would
 * call it: read the .xlsx, compute, write the report. Prints the wall time, the child's own step
 * times and its peak memory (maxRSS from /usr/bin/time -v, else from the child's process.resourceUsage()).
 */
export async function benchReport(kommunen = 11000, years = 10): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'km-report-bench-'));
  try {
    const input = join(dir, 'indikatoren.xlsx');
    const output = join(dir, 'indikatoren-bericht.xlsx');
    const t0 = performance.now();
    const rows = await writeInput(input, kommunen, years);
    console.log(`report-Befehl: ${rows.toLocaleString('de-DE')} Zeilen (${kommunen.toLocaleString('de-DE')} Kommunen × ${years} Jahre)`);
    console.log(`  Eingabe erzeugt in ${secs((performance.now() - t0) / 1000)}: ${mb(statSync(input).size)}`);

    const useTime = existsSync(TIME);
    const args = [BIN, 'report', input, '-o', output];
    const started = performance.now();
    const child = useTime
      ? spawnSync(TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      : spawnSync(process.execPath, args, {
          encoding: 'utf8',
          env: { ...process.env, [RESOURCE_USAGE_ENV]: '1' },
          maxBuffer: 64 * 1024 * 1024,
        });
    const wall = (performance.now() - started) / 1000;
    if (child.status !== 0) throw new Error(`report exited with ${child.status}:\n${child.stderr}`);

    const steps = child.stderr.split('\n').filter((l) => /… \d/.test(l));
    const rssKiB = useTime
      ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1])
      : (JSON.parse(/resource-usage (.*)/.exec(child.stderr)?.[1] ?? '{}') as { maxRSSKiB?: number }).maxRSSKiB;
    console.log(`  report (Kindprozess) in ${secs(wall)}; Bericht ${mb(statSync(output).size)}`);
    for (const step of steps) console.log(`    ${step}`);
    console.log(
      `  Spitzenspeicher (maxRSS, ${useTime ? '/usr/bin/time -v' : 'process.resourceUsage()'}): ${rssKiB ? mb(rssKiB * 1024) : 'unbekannt'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchReport(Number(process.argv[2] ?? 11000), Number(process.argv[3] ?? 10));
}
