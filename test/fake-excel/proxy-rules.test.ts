/** Rule 1, 2 and 5: load/sync before read, queued writes, null objects and ItemNotFound. */
import { FakeExcelHost } from './index';
import { officeErrorOf, thrownBy } from './test-helpers';

describe('reading before load + sync', () => {
  it('throws PropertyNotLoaded with Office.js wording when a property was never loaded', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const error = thrownBy(() => range.values);
      expect(error.code).toBe('PropertyNotLoaded');
      expect(error.name).toBe('RichApi.Error');
      expect(error.message).toBe(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      expect(error.debugInfo.errorLocation).toBe('Range.values');
    });
  });

  it('still throws after load() until the sync has happened', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      expect(thrownBy(() => range.values).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([['']]);
    });
  });

  it('throws when the sync was started but not awaited', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('address');
      const pending = context.sync();
      expect(thrownBy(() => range.address).code).toBe('PropertyNotLoaded');
      await pending;
      expect(range.address).toBe('Sheet1!A1');
    });
  });

  it('does not make a property readable by setting it', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[42]];
      await context.sync();
      expect(thrownBy(() => range.values).code).toBe('PropertyNotLoaded');
    });
  });

  it('loads only what was asked for', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Sheet1');
      expect(thrownBy(() => sheet.position).code).toBe('PropertyNotLoaded');
    });
  });

  it('guards collection items and ClientResult values the same way', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const count = sheets.getCount();
      expect(thrownBy(() => sheets.items).code).toBe('PropertyNotLoaded');
      expect(thrownBy(() => count.value).code).toBe('ValueNotLoaded');
      sheets.load('items/name');
      await context.sync();
      expect(count.value).toBe(1);
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
      expect(thrownBy(() => sheets.items[0]?.position).code).toBe('PropertyNotLoaded');
    });
  });

  it('accepts every load form: list, array, {select}, nested options, navigation paths', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [[1, 2]]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange('A1:B1').load('values, address');
      const b = sheet.getRange('A1').load(['rowIndex', 'columnIndex']);
      const c = sheet.getRange('B1').load({ select: 'text', expand: 'format/font' });
      const d = sheet.getRange('A1').load({ values: true, format: { font: { bold: true } } });
      const e = sheet.getRange('A1');
      e.load('format/fill/color');
      const all = sheet.getRange('A1').load();
      const names = context.workbook.worksheets.load('name');
      await context.sync();
      expect([a.values, a.address]).toEqual([[[1, 2]], 'Sheet1!A1:B1']);
      expect([b.rowIndex, b.columnIndex]).toEqual([0, 0]);
      expect([c.text, c.format.font.name]).toEqual([[['2']], 'Calibri']);
      expect([d.values, d.format.font.bold]).toEqual([[[1]], false]);
      expect(e.format.fill.color).toBe('#FFFFFF');
      expect(thrownBy(() => e.format.font.bold).code).toBe('PropertyNotLoaded');
      expect(all.numberFormat).toEqual([['General']]);
      expect(names.items.map((s) => s.name)).toEqual(['Sheet1']);
    });
  });

  it('rejects a load of a property the object does not have, at sync', async () => {
    const host = new FakeExcelHost();
    const error = await officeErrorOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('valuez');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toContain("'valuez'");
  });

  it('supports context.load(object, properties)', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      context.load(sheet, 'name, position');
      await context.sync();
      expect([sheet.name, sheet.position]).toEqual(['Sheet1', 0]);
    });
  });
});

describe('queued writes', () => {
  it('applies nothing before sync and everything, in order, on sync', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['first']];
      range.format.font.bold = true;
      range.values = [['second']];
      expect(host.sheet('Sheet1').cell('A1').value).toBe('');
      // Two instantiations (getItem, getRange) and three writes are waiting.
      expect(context.debugInfo.pendingStatements.map((s) => s.split(' → ')[1])).toEqual([
        'WorksheetCollection.getItem',
        'Worksheet.getRange',
        'Range.values',
        'RangeFont.bold',
        'Range.values',
      ]);
      await context.sync();
      expect(host.sheet('Sheet1').cell('A1')).toMatchObject({ value: 'second', format: { bold: true } });
    });
  });

  it('loads see the state at their place in the queue', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [['old']]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const before = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      range.values = [['new']];
      const after = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      expect(before.values).toEqual([['old']]);
      expect(after.values).toEqual([['new']]);
    });
  });

  it('keeps loaded values as of their sync until loaded again', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      range.values = [[7]];
      await context.sync();
      expect(range.values).toEqual([['']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[7]]);
    });
  });

  it('hands out copies: mutating loaded values changes nothing', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [[1]]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      (range.values[0] as unknown[])[0] = 99;
    });
    expect(host.sheet('Sheet1').cell('A1').value).toBe(1);
  });

  it('syncs what is still queued when the batch returns, like Excel.run', async () => {
    const host = new FakeExcelHost();
    const result = await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['late']];
      return 'done';
    });
    expect(result).toBe('done');
    expect(host.sheet('Sheet1').cell('B2').value).toBe('late');
    expect(host.stats.syncs).toBe(1);
  });

  it('drops the queue when the batch throws', async () => {
    const host = new FakeExcelHost();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['never']];
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(host.sheet('Sheet1').cell('B2').value).toBe('');
  });

  it('refuses objects once their run has finished', async () => {
    const host = new FakeExcelHost();
    let leaked: Excel.Range | undefined;
    await host.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    });
    expect(thrownBy(() => leaked && (leaked.values = [[1]])).code).toBe('InvalidObjectPath');
  });

  it('refuses a Range from another request context', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [['x', 1]]);
    await host.run(async (first) => {
      const foreign = first.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      await host.run(async (second) => {
        const charts = second.workbook.worksheets.getItem('Sheet1').charts;
        expect(thrownBy(() => charts.add('ColumnClustered', foreign)).code).toBe('InvalidRequestContext');
      });
    });
  });
});

describe('null objects and missing items', () => {
  it('getItemOrNullObject: isNullObject after sync, true for missing and false for existing', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(thrownBy(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('also reports isNullObject after load + sync, and properties of a null object read as undefined', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Nope').load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
  });

  it('fails the sync when code acts on a null object', async () => {
    const host = new FakeExcelHost();
    const error = await officeErrorOf(
      host.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
        await context.sync();
        missing.getRange('A1').values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  it('getItem on a missing sheet or table throws ItemNotFound at sync, not at the call', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Nope');
      const error = await officeErrorOf(context.sync());
      expect(error.code).toBe('ItemNotFound');
      expect(error.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');
      expect(error.debugInfo.statement).toContain('getItem("Nope")');
      void sheet;
      context.workbook.tables.getItem('Missing');
      expect((await officeErrorOf(context.sync())).code).toBe('ItemNotFound');
    });
  });

  it('finds sheets by id and case-insensitively by name', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const byName = context.workbook.worksheets.getItem('SHEET1').load('id');
      await context.sync();
      const byId = context.workbook.worksheets.getItem(byName.id).load('name');
      await context.sync();
      expect(byId.name).toBe('Sheet1');
    });
  });
});
