import ExcelJS from 'exceljs';
import { computeRun } from '../../src/core/run';
import { buildReport } from '../../src/core/sheets/report';
import { finishPackage } from '../../src/xlsx/finish-package';
import { cellLookup } from '../../src/core/sheets/cell-lookup';
import { renderSheet } from '../../src/xlsx/render-sheet';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { generateGrid } from '../bench/generate';

/**
 * Times writing the report of a generated table (`npx tsx test/xlsx/write-bench.ts 11000 10`):
 * rendering into ExcelJS, ExcelJS's save, finishPackage, and writeWorkbook as a whole.
 * Run under `/usr/bin/time -v` for the peak memory.
 */
async function main(kommunen: number, years: number): Promise<void> {
  const models = buildReport(computeRun(generateGrid(kommunen, years)), { lang: 'de', runAt: '2026-01-01T00:00', appVersion: 'x' });
  const mode = process.argv[4] ?? 'steps';
  const s = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
  if (mode === 'whole') {
    const t = performance.now();
    const bytes = await writeWorkbook(models);
    console.log(`writeWorkbook ${kommunen}×${years}: ${s(t)}, ${(bytes.length / 1e6).toFixed(1)} MB`);
    return;
  }
  let t = performance.now();
  const workbook = new ExcelJS.Workbook();
  for (const model of models) renderSheet(workbook, model);
  console.log(`render   ${s(t)}`);
  t = performance.now();
  const saved = await workbook.xlsx.writeBuffer();
  console.log(`save     ${s(t)}`);
  t = performance.now();
  const charts = models.map((m) => ({ sheet: m.name, charts: m.charts, cells: cellLookup(m) }));
  const bytes = await finishPackage(new Uint8Array(saved), charts);
  console.log(`finish   ${s(t)}  (${(bytes.length / 1e6).toFixed(1)} MB)`);
}

void main(Number(process.argv[2] ?? 11000), Number(process.argv[3] ?? 10));
