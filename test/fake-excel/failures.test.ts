/** Rules 3 and 4: injected failures stop a batch where they happen; the payload limit; stats. */
import { FakeExcelHost, FakeOfficeError } from './index';
import { officeErrorOf } from './test-helpers';

/** One sync with three writes (A1, A2, A3), each preceded by its getRange instantiation. */
async function writeThree(host: FakeExcelHost): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1').values = [['one']];
    sheet.getRange('A2').values = [['two']];
    sheet.getRange('A3').values = [['three']];
    await context.sync();
  });
}

const columnA = (host: FakeExcelHost) => host.sheet('Sheet1').values('A1:A3').flat();

describe('failOnSync', () => {
  it('fails the chosen sync before any operation by default', async () => {
    const host = new FakeExcelHost();
    host.failOnSync(1);
    const error = await officeErrorOf(writeThree(host));
    expect(error.code).toBe('GeneralException');
    expect(columnA(host)).toEqual(['', '', '']);
  });

  it('keeps the operations before the failing one and skips the rest', async () => {
    const host = new FakeExcelHost();
    // Operations: getItem, getRange(A1), values, getRange(A2), values, ... → fail at the 5th.
    host.failOnSync(1, { afterOperations: 4, error: { code: 'InvalidOperation', message: 'injected' } });
    const error = await officeErrorOf(writeThree(host));
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error.code).toBe('InvalidOperation');
    expect(error.message).toBe('injected');
    expect(error.debugInfo).toMatchObject({ code: 'InvalidOperation', errorLocation: 'Range.values' });
    expect(columnA(host)).toEqual(['one', '', '']);
  });

  it('counts only syncs that send something, and later syncs work again', async () => {
    const host = new FakeExcelHost();
    host.failOnSync(2);
    await host.run(async (context) => {
      await context.sync(); // nothing queued: not a request
      context.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['ok']];
      await context.sync(); // request 1
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['lost']];
      expect((await officeErrorOf(context.sync())).code).toBe('GeneralException'); // request 2
      context.workbook.worksheets.getItem('Sheet1').getRange('B3').values = [['again']];
      await context.sync(); // request 3
    });
    expect(host.sheet('Sheet1').values('B1:B3').flat()).toEqual(['ok', '', 'again']);
    expect(host.stats.perSync.map((s) => s.error ?? 'ok')).toEqual(['ok', 'GeneralException', 'ok']);
  });

  it('does not deliver loads of a failed sync, even those queued before the failure', async () => {
    const host = new FakeExcelHost();
    host.failOnSync(1, { afterOperations: 3 });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      range.values = [['x']];
      await officeErrorOf(context.sync());
      expect(() => range.values).toThrow("The property 'values' is not available");
    });
  });

  it('accepts a ready-made error object', async () => {
    const host = new FakeExcelHost();
    const custom = new FakeOfficeError({ code: 'AccessDenied', message: 'no', errorLocation: 'Somewhere' });
    host.failOnSync(1, { error: custom });
    expect(await officeErrorOf(writeThree(host))).toBe(custom);
  });
});

describe('failOnOperation', () => {
  it('fails when the given kind of operation is applied, keeping what came before', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [
      ['Typ', 'Wert'],
      ['I', 1],
      ['II', 2],
    ]);
    host.failOnOperation('ChartCollection.add', { error: { code: 'GeneralException', message: 'chart engine down' } });
    const error = await officeErrorOf(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('D1').values = [['before']];
        const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B3'), 'Auto');
        chart.title.text = 'never';
        sheet.getRange('D2').values = [['after']];
        await context.sync();
      }),
    );
    expect(error.message).toBe('chart engine down');
    expect(error.debugInfo.errorLocation).toBe('ChartCollection.add');
    expect(host.sheet('Sheet1').values('D1:D2').flat()).toEqual(['before', '']);
    expect(host.charts('Sheet1')).toEqual([]);
  });

  it('can target the n-th occurrence', async () => {
    const host = new FakeExcelHost();
    host.failOnOperation('Range.values', { occurrence: 3 });
    await officeErrorOf(writeThree(host));
    expect(columnA(host)).toEqual(['one', 'two', '']);
  });

  it('fires once; clearFailures removes pending ones', async () => {
    const host = new FakeExcelHost();
    host.failOnOperation('Range.values');
    await officeErrorOf(writeThree(host));
    await writeThree(host);
    expect(columnA(host)).toEqual(['one', 'two', 'three']);
    host.failOnSync(3);
    host.clearFailures();
    await writeThree(host);
  });
});

describe('real failures inside a batch', () => {
  it('stops at the failing operation: earlier writes stay, later ones are not applied', async () => {
    const host = new FakeExcelHost();
    const error = await officeErrorOf(
      host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem('Sheet1').getRange('A1').values = [['kept']];
        sheets.getItem('Missing').getRange('A1').values = [['x']];
        sheets.getItem('Sheet1').getRange('A2').values = [['skipped']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(columnA(host)).toEqual(['kept', '', '']);
  });
});

describe('payload limit', () => {
  it('rejects a request over the limit with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    const host = new FakeExcelHost({ payloadLimitBytes: 2_000 });
    const before = host.snapshot();
    const error = await officeErrorOf(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1:A100').values = Array.from({ length: 100 }, (_, i) => [`row ${i} with some text`]);
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.snapshot()).toEqual(before);
    expect(host.stats.perSync[0]).toMatchObject({ error: 'RequestPayloadSizeLimitExceeded' });
    expect(host.stats.perSync[0]?.requestBytes).toBeGreaterThan(2_000);
  });

  it('defaults to 5 MB and counts UTF-8 bytes', async () => {
    const host = new FakeExcelHost();
    expect(host.payloadLimitBytes).toBe(5 * 1024 * 1024);
    const big = 'ä'.repeat(2_700_000); // 5.4 MB in UTF-8, 2.7 M characters
    const error = await officeErrorOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[big]];
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    host.payloadLimitBytes = 6 * 1024 * 1024;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[big]];
    });
    expect(host.sheet('Sheet1').cell('A1').value).toBe(big);
  });

  it('also limits the response (loaded data)', async () => {
    const host = new FakeExcelHost({ responseLimitBytes: 1_000 });
    host.setCells(
      'Sheet1',
      'A1',
      Array.from({ length: 200 }, (_, i) => [`value ${i}`]),
    );
    const error = await officeErrorOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A200').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });
});

describe('stats', () => {
  it('counts runs and requests, with payload bytes and operation kinds per sync', async () => {
    const host = new FakeExcelHost();
    await writeThree(host);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3').load('values');
      await context.sync();
    });
    expect(host.stats.runs).toBe(2);
    expect(host.stats.syncs).toBe(2);
    const [write, read] = host.stats.perSync;
    expect(write?.operations).toBe(7);
    expect(write?.kinds.filter((k) => k === 'Range.values')).toHaveLength(3);
    expect(write?.requestBytes).toBeGreaterThan(0);
    expect(read?.responseBytes).toBeGreaterThan(write?.responseBytes ?? 0);
    host.resetStats();
    expect(host.stats).toEqual({ syncs: 0, runs: 0, perSync: [] });
  });
});
