import { computeRun } from '../../src/core/run';
import { generateGrid } from './generate';

/** Scores a generated table of 11,000 Kommunen × 10 years from raw cell values. */
export function benchCore(kommunen = 11000, years = 10): void {
  const grid = generateGrid(kommunen, years);
  const rows = grid.values.length - 1;
  computeRun(generateGrid(50, 10)); // warm-up
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const result = computeRun(grid);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const heapAfter = process.memoryUsage().heapUsed;
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  console.log(
    `Engine: ${rows.toLocaleString('de-DE')} Zeilen (${kommunen.toLocaleString('de-DE')} Kommunen × ${years} Jahre, ${grid.values[0]!.length} Spalten)`,
  );
  console.log(`  berechnet in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds).toLocaleString('de-DE')} Zeilen/s`);
  console.log(`  Ergebnis: ${result.rows.length} Zeilen, ${result.issues.length} Prüfhinweise`);
  console.log(
    `  Heap vor/nach der Berechnung: ${mb(heapBefore)} / ${mb(heapAfter)} MB; Spitzen-RSS des Prozesses: ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );
}
