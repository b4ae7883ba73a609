import { computeRun } from '../../src/core/run';
import { sampleGrid } from '../../src/core/sample/sample-grid';
import { FakeExcelHost } from '../fake-excel';
import { generateGrid } from '../bench/generate';
import { request, setup } from './helpers';

/** Writes a raw grid as the Indikatoren table, the way a user's workbook holds it. */
function userTable(host: FakeExcelHost, values: unknown[][], formats?: string[][]) {
  host.addSheet('Indikatoren');
  host.setCells('Indikatoren', 'A1', values, formats);
  const cols = Math.max(...values.map((r) => r.length));
  const last = String.fromCharCode(64 + Math.min(cols, 26));
  const lastCol = cols > 26 ? `A${String.fromCharCode(64 + cols - 26)}` : last;
  host.addTable('Indikatoren', `A1:${lastCol}${values.length}`, 'Indikatoren');
}

describe('safety of a run', () => {
  it('rolls back when a request fails midway: no temporary sheet stays, the workbook is as before', async () => {
    const { host, api } = setup();
    await api.createTemplate('de', true);
    await api.compute(request());
    const before = host.snapshot();
    host.failOnOperation('ChartCollection.add');
    await expect(api.compute(request())).rejects.toMatchObject({
      user: { de: expect.stringContaining('Die Arbeitsmappe ist unverändert') },
    });
    host.clearFailures();
    expect(host.snapshot()).toEqual(before);
  });

  it('rolls back when the final swap fails: old sheets get their names and tables back', async () => {
    const { host, api } = setup();
    await api.createTemplate('de', true);
    await api.compute(request());
    const before = host.snapshot();
    host.failOnOperation('WorksheetProtection.protect');
    await expect(api.compute(request())).rejects.toBeDefined();
    host.clearFailures();
    expect(host.snapshot()).toEqual(before);
    // And the next run works as if nothing happened.
    expect((await api.compute(request())).status).toBe('done');
  });

  it('writes Kommune and Verbund names that start with =, +, - or @ as text, never as formulas', async () => {
    const { host, api } = setup();
    const grid = sampleGrid();
    const names = ['=HYPERLINK("http://x","klick")', '+49 Stadt', '-Dorf', '@Gemeinde', '=1+1', '=A1'];
    const values = grid.values.map((row, r) =>
      r === 0 ? row : row.map((v, c) => (c === 0 ? names[(r - 1) % names.length]! : c === 10 ? '=VERBUND()' : v)),
    );
    userTable(
      host,
      values,
      values.map((row) => row.map(() => '@')),
    );
    const out = await api.compute(request());
    if (out.status !== 'done') throw new Error('expected a finished run');
    const typ = host.sheet('Typologie');
    const written = [2, 3, 4, 5, 6, 7].map((r) => typ.cell(`A${r}`));
    expect(written.map((c) => c.formula)).toEqual([null, null, null, null, null, null]);
    expect(new Set(written.map((c) => c.value))).toEqual(new Set(names));
    for (const sheet of ['Vergleich', 'Profile', 'Prüfbericht', 'Typologie']) {
      const snap = host.snapshot().sheets.find((s) => s.name === sheet)!;
      expect(JSON.stringify(snap)).not.toContain('"formula":"=');
    }
  });

  it('never changes a cell outside its own sheets', async () => {
    const { host, api } = setup();
    host.addSheet('Notizen', [['Bitte nicht ändern', 42]]);
    await api.createTemplate('de', true);
    const others = () => host.snapshot().sheets.filter((s) => ['Sheet1', 'Notizen', 'Indikatoren'].includes(s.name));
    const before = others();
    await api.compute(request());
    await api.compute(request({ lang: 'de', year: 2024 }));
    expect(others()).toEqual(before);
  });

  it('keeps every request under the payload limit and the number of syncs independent of the rows', async () => {
    const syncsFor = async (kommunen: number) => {
      const { host, api } = setup({ payloadLimitBytes: 1024 * 1024 * 5 });
      const grid = generateGrid(kommunen, 2);
      userTable(host, grid.values, grid.numberFormats);
      host.resetStats();
      const out = await api.compute(request());
      expect(out.status).toBe('done');
      for (const s of host.stats.perSync) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
      return host.stats.perSync.length;
    };
    const small = await syncsFor(5);
    expect(small).toBeLessThanOrEqual(8);
    expect(await syncsFor(200)).toBe(small);
  });

  it('fails cleanly when the host allows less than the add-in budgets for, and goes through at Office’s 5 MB', async () => {
    const { host, api } = setup();
    const grid = generateGrid(300, 3);
    userTable(host, grid.values, grid.numberFormats);
    host.payloadLimitBytes = 200 * 1024;
    host.responseLimitBytes = 5 * 1024 * 1024;
    // The add-in's budget is 4 MB; with a 200 KB host limit the first large write must fail cleanly...
    await expect(api.compute(request())).rejects.toBeDefined();
    expect(host.sheetNames()).toEqual(['Sheet1', 'Indikatoren']);
    // ...and with Office's real 5 MB limit the same table goes through.
    host.payloadLimitBytes = 5 * 1024 * 1024;
    expect((await api.compute(request())).status).toBe('done');
    expect(computeRun(grid).rows).toHaveLength(900);
  });
});
