/** Rule 6 (sheet names) and the worksheet API: position, visibility, used range, panes, page setup. */
import { FakeExcelHost } from './index';
import { officeErrorOf } from './test-helpers';

describe('sheet names', () => {
  it('adds sheets with a given or a default name', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const added = context.workbook.worksheets.add('Typologie').load('name, position');
      const unnamed = context.workbook.worksheets.add().load('name');
      await context.sync();
      expect([added.name, added.position, unnamed.name]).toEqual(['Typologie', 1, 'Sheet2']);
      expect(added.isNullObject).toBe(false);
    });
    expect(host.sheetNames()).toEqual(['Sheet1', 'Typologie', 'Sheet2']);
  });

  it('rejects a duplicate name, case-insensitively, with ItemAlreadyExists at sync', async () => {
    const host = new FakeExcelHost({ sheets: ['Prüfbericht'] });
    await host.run(async (context) => {
      context.workbook.worksheets.add('PRÜFBERICHT');
      const error = await officeErrorOf(context.sync());
      expect(error.code).toBe('ItemAlreadyExists');
    });
    expect(host.sheetNames()).toEqual(['Prüfbericht']);
  });

  it.each(['x'.repeat(32), 'a/b', 'a\\b', 'a?b', 'a*b', 'a:b', '[a]', "'quoted", 'History', ''])(
    'rejects the invalid name %p with InvalidArgument',
    async (name) => {
      const host = new FakeExcelHost();
      const error = await officeErrorOf(
        host.run(async (context) => {
          context.workbook.worksheets.add(name);
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    },
  );

  it('accepts 31 characters, spaces and umlauts', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.add('x'.repeat(31));
      context.workbook.worksheets.add('Prüf bericht (2024)');
    });
    expect(host.sheetNames()).toHaveLength(3);
  });

  it('renames, and refuses to rename onto another sheet', async () => {
    const host = new FakeExcelHost({ sheets: ['A', 'B'] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('A').name = 'Alpha';
      await context.sync();
      context.workbook.worksheets.getItem('B').name = 'alpha';
      expect((await officeErrorOf(context.sync())).code).toBe('ItemAlreadyExists');
      context.workbook.worksheets.getItem('B').name = 'b'; // same sheet, new case: fine
    });
    expect(host.sheetNames()).toEqual(['Alpha', 'b']);
  });

  it('keeps a proxy bound to its sheet across a rename', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.name = 'Renamed';
      sheet.getRange('A1').values = [['still here']];
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Renamed');
    });
    expect(host.sheet('Renamed').cell('A1').value).toBe('still here');
  });
});

describe('worksheet collection and properties', () => {
  it('lists sheets, counts visible ones, finds first/last and the active one', async () => {
    const host = new FakeExcelHost({ sheets: ['A', 'B', 'C'] });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('B').visibility = 'Hidden';
      const all = sheets.getCount();
      const visible = sheets.getCount(true);
      const last = sheets.getLast(true).load('name');
      const active = sheets.getActiveWorksheet().load('name');
      sheets.load('items/name, items/visibility');
      await context.sync();
      expect([all.value, visible.value, last.name, active.name]).toEqual([3, 2, 'C', 'A']);
      expect(sheets.items.map((s) => `${s.name}:${s.visibility}`)).toEqual(['A:Visible', 'B:Hidden', 'C:Visible']);
    });
  });

  it('moves sheets by position and activates them', async () => {
    const host = new FakeExcelHost({ sheets: ['A', 'B', 'C'] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('C').position = 0;
      context.workbook.worksheets.getItem('B').activate();
    });
    expect(host.sheetNames()).toEqual(['C', 'A', 'B']);
    expect(host.activeSheetName()).toBe('B');
  });

  it('deletes sheets but never the last visible one', async () => {
    const host = new FakeExcelHost({ sheets: ['A', 'B'] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('A').delete();
      await context.sync();
      context.workbook.worksheets.getItem('B').delete();
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidOperation');
      context.workbook.worksheets.getItem('B').visibility = 'VeryHidden';
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidOperation');
    });
    expect(host.sheetNames()).toEqual(['B']);
  });

  it('fails operations on a sheet deleted earlier in the batch', async () => {
    const host = new FakeExcelHost({ sheets: ['A', 'B'] });
    const error = await officeErrorOf(
      host.run(async (context) => {
        const a = context.workbook.worksheets.getItem('A');
        a.delete();
        a.getRange('A1').values = [[1]];
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  it('sets tab colour and gridlines', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.tabColor = '#1f3f6b';
      sheet.showGridlines = false;
      sheet.load('tabColor, showGridlines');
      await context.sync();
      expect([sheet.tabColor, sheet.showGridlines]).toEqual(['#1F3F6B', false]);
    });
    expect(host.sheet('Sheet1')).toMatchObject({ tabColor: '#1F3F6B', showGridlines: false });
  });
});

describe('ranges of a sheet', () => {
  it('getUsedRange: bounding box of content, A1 for an empty sheet; OrNullObject is null then', async () => {
    const host = new FakeExcelHost({ sheets: ['Empty', 'Data'] });
    host.setCells('Data', 'B2', [
      [1, null, 3],
      [null, null, 'x'],
    ]);
    await host.run(async (context) => {
      const empty = context.workbook.worksheets.getItem('Empty');
      const data = context.workbook.worksheets.getItem('Data');
      const a = empty.getUsedRange().load('address');
      const b = empty.getUsedRangeOrNullObject();
      const c = data.getUsedRange(true).load('address');
      await context.sync();
      expect([a.address, b.isNullObject, c.address]).toEqual(['Empty!A1', true, 'Data!B2:D3']);
    });
  });

  it('getUsedRange without valuesOnly also counts formatted cells', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [[1]]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('D5').format.fill.color = 'yellow';
      const all = sheet.getUsedRange().load('address');
      const values = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect([all.address, values.address]).toEqual(['Sheet1!A1:D5', 'Sheet1!A1']);
    });
  });

  it('getCell and getRangeByIndexes are zero-based; outside the grid is InvalidArgument', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const cell = sheet.getCell(2, 1).load('address');
      const block = sheet.getRangeByIndexes(1, 1, 2, 3).load('address, rowCount, columnCount');
      await context.sync();
      expect([cell.address, block.address, block.rowCount, block.columnCount]).toEqual(['Sheet1!B3', 'Sheet1!B2:D3', 2, 3]);
      sheet.getRangeByIndexes(0, 16383, 1, 2);
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('freeze panes, page layout, protection', () => {
  it('freezes rows, columns or a block and reports the location', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const panes = context.workbook.worksheets.getItem('Sheet1').freezePanes;
      const none = panes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      panes.freezeRows(2);
      const rows = panes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(rows.address).toBe('Sheet1!1:2');
      panes.freezeAt('B3');
      const block = panes.getLocation().load('address');
      await context.sync();
      expect(block.address).toBe('Sheet1!A1:B3');
    });
    expect(host.sheet('Sheet1').freeze).toEqual({ rows: 3, cols: 2 });
  });

  it('sets orientation, fit-to-page zoom, centring and print titles', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const page = context.workbook.worksheets.getItem('Sheet1').pageLayout;
      page.orientation = 'Landscape';
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.centerHorizontally = true;
      page.setPrintTitleRows('$1:$2');
      const titles = page.getPrintTitleRowsOrNullObject().load('address');
      page.load('orientation, zoom');
      await context.sync();
      expect([page.orientation, page.zoom, titles.address]).toEqual([
        'Landscape',
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
        'Sheet1!1:2',
      ]);
    });
    expect(host.sheet('Sheet1').pageLayout).toMatchObject({ orientation: 'Landscape', centerHorizontally: true, printTitleRows: '$1:$2' });
  });

  it('blocks cell edits on a protected sheet until it is unprotected', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.protection.protect({ allowFormatCells: false }, 'secret');
      sheet.protection.load('protected');
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
      sheet.getRange('A1').values = [[1]];
      expect((await officeErrorOf(context.sync())).code).toBe('AccessDenied');
      sheet.protection.unprotect('wrong');
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      sheet.protection.unprotect('secret');
      sheet.getRange('A1').values = [[1]];
    });
    expect(host.sheet('Sheet1').cell('A1').value).toBe(1);
  });
});
