import ExcelJS from 'exceljs';
import { buildReport } from '../../src/core/sheets/report';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { readCharts } from '../xlsx/read-charts';
import { RUN_AT, request, setup } from './helpers';

/** One engine, two renderers: the add-in (Office.js, here on the fake host) and ExcelJS write the same sheets. */
describe('the Office.js and the ExcelJS renderer produce the same sheets', () => {
  it('cell by cell, with the same tables and charts', async () => {
    const { host, api } = setup();
    await api.createTemplate('de', true);
    const out = await api.compute(request({ profiles: ['Dresden', 'Nürnberg'] }));
    if (out.status !== 'done') throw new Error('expected a finished run');
    const models = buildReport(out.result, { lang: 'de', runAt: RUN_AT, appVersion: '0.1.0', profiles: ['Dresden', 'Nürnberg'] });
    const bytes = await writeWorkbook(models);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    const xlsxCharts = await readCharts(bytes);

    let compared = 0;
    for (const model of models) {
      const fake = host.sheet(model.name);
      const ws = book.getWorksheet(model.name);
      if (!ws) throw new Error(`sheet ${model.name} missing in the .xlsx`);
      const used = fake.usedRange(true)!;
      const [from, to] = used.split(':') as [string, string];
      const fakeValues = fake.values(used);
      const fakeFormats = fake.numberFormats(used);
      const start = ws.getCell(from);
      const rows = fakeValues.length;
      const cols = fakeValues[0]!.length;
      expect(ws.getCell(to).address).toBe(to);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const cell = ws.getCell(Number(start.row) + r, Number(start.col) + c);
          const raw = cell.value as unknown;
          const value =
            raw === null || raw === undefined
              ? ''
              : typeof raw === 'object' && raw !== null && 'text' in raw
                ? (raw as { text: string }).text
                : raw;
          expect({ at: cell.address, value }).toEqual({ at: cell.address, value: fakeValues[r]![c] });
          compared++;
          if (value !== '')
            expect({ at: cell.address, fmt: cell.numFmt || 'General' }).toEqual({ at: cell.address, fmt: fakeFormats[r]![c] });
        }
      }
      const fakeCharts = host.charts(model.name);
      const sheetCharts = xlsxCharts.filter((c) => c.sheet === model.name);
      expect(sheetCharts.map((c) => c.title)).toEqual(fakeCharts.map((c) => c.title.text));
      expect(sheetCharts.map((c) => c.series.length)).toEqual(fakeCharts.map((c) => c.series.length));
    }
    expect(compared).toBeGreaterThan(400);
    expect(host.charts('Profile')).toHaveLength(3);
    const tableNames = book.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}));
    expect(tableNames.sort()).toEqual(
      host
        .tables()
        .map((t) => t.name)
        .filter((n) => n !== 'Indikatoren')
        .sort(),
    );
  });
});
