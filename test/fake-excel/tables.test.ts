/** Tables: creation, names, header rules, rows and columns, ranges, deletion. */
import { FakeExcelHost } from './index';
import { officeErrorOf } from './test-helpers';

function hostWithData(): FakeExcelHost {
  const host = new FakeExcelHost({ sheets: ['Daten'] });
  host.setCells('Daten', 'A1', [
    ['Kommune', 'Verbund', 'Punkte'],
    ['Köln', 'V1', 3],
    ['Bonn', 'V2', 5],
  ]);
  return host;
}

describe('creating tables', () => {
  it('adds a table with headers and reads it back (round trip)', async () => {
    const host = hostWithData();
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Daten').tables.add('A1:C3', true);
      table.name = 'Kooperationen';
      table.style = 'TableStyleLight9';
      table.showFilterButton = false;
      await context.sync();
      const again = context.workbook.tables.getItem('kooperationen').load('name, style, showFilterButton, showHeaders');
      const range = again.getRange().load('address');
      const header = again.getHeaderRowRange().load('values');
      const body = again.getDataBodyRange().load('address, values');
      const rows = again.rows.getCount();
      await context.sync();
      expect([again.name, again.style, again.showFilterButton, again.showHeaders]).toEqual([
        'Kooperationen',
        'TableStyleLight9',
        false,
        true,
      ]);
      expect([range.address, header.values, body.address, rows.value]).toEqual([
        'Daten!A1:C3',
        [['Kommune', 'Verbund', 'Punkte']],
        'Daten!A2:C3',
        2,
      ]);
    });
    expect(host.tables()).toEqual([
      expect.objectContaining({
        name: 'Kooperationen',
        sheet: 'Daten',
        address: 'A1:C3',
        headers: ['Kommune', 'Verbund', 'Punkte'],
        rows: [
          ['Köln', 'V1', 3],
          ['Bonn', 'V2', 5],
        ],
      }),
    ]);
  });

  it('without headers, inserts a header row above and shifts the data down', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [
      [1, 2],
      [3, 4],
    ]);
    await host.run(async (context) => {
      context.workbook.tables.add('Sheet1!A1:B2', false);
    });
    expect(host.tables()[0]).toMatchObject({
      name: 'Table1',
      address: 'A1:B3',
      headers: ['Column1', 'Column2'],
      rows: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it('makes headers unique, non-empty text, rewriting the header cells', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [['Name', 'name', '', 2024]]);
    host.addTable('Sheet1', 'A1:D2');
    expect(host.sheet('Sheet1').values('A1:D1')).toEqual([['Name', 'name2', 'Column3', '2024']]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['Name']];
    });
    expect(host.tables()[0]?.headers).toEqual(['Name', 'Name2', 'Column3', '2024']);
  });

  it('rejects duplicate and invalid names, and overlapping tables', async () => {
    const host = hostWithData();
    host.addTable('Daten', 'A1:C3', 'Daten_Tabelle');
    await host.run(async (context) => {
      const other = context.workbook.worksheets.getItem('Daten').tables.add('E1:F2', true);
      other.name = 'DATEN_TABELLE';
      expect((await officeErrorOf(context.sync())).code).toBe('ItemAlreadyExists');
      other.name = 'A1';
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      other.name = 'has space';
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      context.workbook.worksheets.getItem('Daten').tables.add('B2:D4', true);
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('finding tables', () => {
  it('getItem fails with ItemNotFound, getItemOrNullObject gives a null object, items lists all', async () => {
    const host = hostWithData();
    host.addTable('Daten', 'A1:C3', 'Liste_1'); // "T1" would be refused: it is a cell reference
    await host.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('T2');
      const onSheet = context.workbook.worksheets.getItem('Daten').tables.load('items/name, count');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(onSheet.items.map((t) => t.name)).toEqual(['Liste_1']);
      expect(onSheet.count).toBe(1);
      context.workbook.worksheets.getItem('Daten').tables.getItem('T2');
      expect((await officeErrorOf(context.sync())).code).toBe('ItemNotFound');
    });
  });
});

describe('rows and columns', () => {
  it('appends rows and inserts them at an index', async () => {
    const host = hostWithData();
    host.addTable('Daten', 'A1:C3', 'T');
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      table.rows.add(undefined, [
        ['Essen', 'V3', 1],
        ['Mainz', 'V4', 2],
      ]);
      const first = table.rows.add(0, [['Aachen', 'V0', 9]]).load('index, values');
      await context.sync();
      expect([first.index, first.values]).toEqual([0, [['Aachen', 'V0', 9]]]);
    });
    expect(host.tables()[0]).toMatchObject({
      address: 'A1:C6',
      rows: [
        ['Aachen', 'V0', 9],
        ['Köln', 'V1', 3],
        ['Bonn', 'V2', 5],
        ['Essen', 'V3', 1],
        ['Mainz', 'V4', 2],
      ],
    });
  });

  it('fills the blank row of a fresh header-only table first', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B1', true);
      table.getHeaderRowRange().values = [['Typ', 'Anzahl']];
      table.rows.add(undefined, [
        ['I', 1],
        ['II', 2],
      ]);
    });
    expect(host.tables()[0]).toMatchObject({
      address: 'A1:B3',
      headers: ['Typ', 'Anzahl'],
      rows: [
        ['I', 1],
        ['II', 2],
      ],
    });
  });

  it('keeps a text-formatted column text for added rows (formula-injection safety)', async () => {
    const host = hostWithData();
    host.addTable('Daten', 'A1:C3', 'T');
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      table.columns.getItem('Kommune').getDataBodyRange().numberFormat = [['@'], ['@']];
      table.rows.add(undefined, [['=cmd()', 'V9', 1]]);
    });
    expect(host.sheet('Daten').cell('A4')).toMatchObject({ value: '=cmd()', formula: null, numberFormat: '@' });
  });

  it('rejects rows of the wrong width', async () => {
    const host = hostWithData();
    host.addTable('Daten', 'A1:C3', 'T');
    const error = await officeErrorOf(
      host.run(async (context) => {
        context.workbook.tables.getItem('T').rows.add(undefined, [['too', 'short']]);
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  it('shifts only the table columns below an inserted row', async () => {
    const host = hostWithData();
    host.setCells('Daten', 'A5', [['below', 'x', 'y', 'outside']]);
    host.addTable('Daten', 'A1:C3', 'T');
    await host.run(async (context) => {
      context.workbook.tables.getItem('T').rows.add(undefined, [['Essen', 'V3', 1]]);
    });
    expect(host.sheet('Daten').values('A5:D6')).toEqual([
      ['', '', '', 'outside'],
      ['below', 'x', 'y', ''],
    ]);
  });

  it('lists rows and columns, renames a column, deletes rows', async () => {
    const host = hostWithData();
    host.addTable('Daten', 'A1:C3', 'T');
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      table.columns.load('items/name, items/index');
      table.rows.load('items/values');
      const punkte = table.columns.getItem('punkte').getDataBodyRange().load('address');
      await context.sync();
      expect(table.columns.items.map((c) => `${c.index}:${c.name}`)).toEqual(['0:Kommune', '1:Verbund', '2:Punkte']);
      expect(table.rows.items.map((r) => r.values[0]?.[0])).toEqual(['Köln', 'Bonn']);
      expect(punkte.address).toBe('Daten!C2:C3');
      table.columns.getItemAt(1).name = 'Verbund (Name)';
      table.rows.getItemAt(0).delete();
    });
    expect(host.tables()[0]).toMatchObject({
      headers: ['Kommune', 'Verbund (Name)', 'Punkte'],
      rows: [['Bonn', 'V2', 5]],
      address: 'A1:C2',
    });
  });

  it('grows conditional formats and validations that cover the whole body', async () => {
    const host = hostWithData();
    host.addTable('Daten', 'A1:C3', 'T');
    await host.run(async (context) => {
      const body = context.workbook.tables.getItem('T').columns.getItem('Punkte').getDataBodyRange();
      body.conditionalFormats.add('ColorScale').colorScale.criteria = {
        minimum: { type: 'LowestValue', color: '#F8696B' },
        maximum: { type: 'HighestValue', color: '#63BE7B' },
      };
      body.dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      await context.sync();
      context.workbook.tables.getItem('T').rows.add(undefined, [['Essen', 'V3', 1]]);
    });
    expect(host.conditionalFormats('Daten')[0]?.address).toBe('Daten!C2:C4');
    expect(host.dataValidations('Daten')[0]?.address).toBe('Daten!C2:C4');
  });
});

describe('changing and removing tables', () => {
  it('hides headers, shows totals, converts to a range and deletes', async () => {
    const host = hostWithData();
    host.addTable('Daten', 'A1:C3', 'T');
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem('T');
      table.showTotals = true;
      const total = table.getTotalRowRange().load('address');
      await context.sync();
      expect(total.address).toBe('Daten!A4:C4');
      table.showHeaders = false;
      const range = table.getRange().load('address');
      await context.sync();
      expect(range.address).toBe('Daten!A2:C4');
    });
    await host.run(async (context) => {
      const range = context.workbook.tables.getItem('T').convertToRange().load('address');
      await context.sync();
      expect(range.address).toBe('Daten!A2:C4');
    });
    expect(host.tables()).toEqual([]);
    expect(host.sheet('Daten').cell('A2').value).toBe('Köln');

    host.addTable('Daten', 'E1:F3', 'U');
    await host.run(async (context) => {
      context.workbook.tables.getItem('U').delete();
    });
    expect(host.tables()).toEqual([]);
  });
});
