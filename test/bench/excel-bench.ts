import { RawGrid } from '../../src/core/model/grid';
import { a1 } from '../../src/core/address';
import { workbookApi } from '../../src/excel/workbook-api';
import { FakeExcelHost } from '../fake-excel';
import { generateGrid } from './generate';

function hostWith(grid: RawGrid): FakeExcelHost {
  const host = new FakeExcelHost();
  host.addSheet('Indikatoren');
  host.setCells('Indikatoren', 'A1', grid.values, grid.numberFormats);
  host.addTable('Indikatoren', `A1:${a1(grid.values.length - 1, grid.values[0]!.length - 1)}`, 'Indikatoren');
  return host;
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(2);

/** Counts context.sync() calls and request sizes of a full run (fake host with Office's 5 MB limit). */
export async function benchExcel(sizes: readonly number[] = [5, 500, 11000], years = 10): Promise<void> {
  console.log(`Add-in-Lauf gegen den simulierten Excel-Host (Kommunen × ${years} Jahre):`);
  for (const kommunen of sizes) {
    const host = hostWith(generateGrid(kommunen, years));
    const api = workbookApi({ run: host.run, supports: () => true });
    host.resetStats();
    const t0 = process.hrtime.bigint();
    const out = await api.compute({ source: {}, lang: 'de', runAt: new Date().toISOString(), appVersion: 'bench' });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (out.status !== 'done') throw new Error('benchmark run did not finish');
    const syncs = host.stats.perSync;
    const request = syncs.map((s) => s.requestBytes);
    const response = syncs.map((s) => s.responseBytes);
    console.log(
      `  ${kommunen.toLocaleString('de-DE')} Kommunen: ${syncs.length} syncs, ${seconds.toFixed(1)} s; ` +
        `Anfragen je Sync (MB): ${request.map(mb).join(' / ')}; größte Antwort ${mb(Math.max(...response))} MB`,
    );
  }
}
