/** Range navigation, formatting, hyperlinks, clearing, merging, selection and shifting. */
import { FakeExcelHost } from './index';
import { officeErrorOf } from './test-helpers';

async function addresses(host: FakeExcelHost, make: (sheet: Excel.Worksheet) => Excel.Range[]): Promise<string[]> {
  return host.run(async (context) => {
    const ranges = make(context.workbook.worksheets.getItem('Sheet1')).map((r) => r.load('address'));
    await context.sync();
    return ranges.map((r) => r.address.replace('Sheet1!', ''));
  });
}

describe('navigation', () => {
  it('derives ranges like Excel', async () => {
    const host = new FakeExcelHost();
    const result = await addresses(host, (sheet) => {
      const r = sheet.getRange('B2:D5');
      return [
        r.getCell(0, 0),
        r.getCell(5, 5),
        r.getOffsetRange(1, -1),
        r.getResizedRange(1, -2),
        r.getRow(1),
        r.getColumn(2),
        r.getLastRow(),
        r.getLastColumn(),
        r.getLastCell(),
        r.getRowsAbove(),
        r.getRowsBelow(2),
        r.getColumnsBefore(),
        r.getColumnsAfter(),
        r.getEntireRow(),
        r.getEntireColumn(),
        r.getIntersection('C1:C3'),
        r.getBoundingRect('F8'),
        r.getAbsoluteResizedRange(1, 1),
      ];
    });
    expect(result).toEqual([
      'B2',
      'G7',
      'A3:C6',
      'B2:B6',
      'B3:D3',
      'D2:D5',
      'B5:D5',
      'D2:D5',
      'D5',
      'B1:D1',
      'B6:D7',
      'A2:A5',
      'E2:E5',
      '2:5',
      'B:D',
      'C2:C3',
      'B2:F8',
      'B2',
    ]);
  });

  it('reports geometry of a range', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('B2:D5')
        .load('rowIndex, columnIndex, rowCount, columnCount, cellCount');
      await context.sync();
      expect([r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, r.cellCount]).toEqual([1, 1, 4, 3, 12]);
    });
  });

  it('fails at sync for ranges outside the sheet or out of the range, and for disjoint intersections', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.getOffsetRange(-1, 0);
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      r.getRow(5);
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      r.getIntersection('D4');
      expect((await officeErrorOf(context.sync())).code).toBe('ItemNotFound');
      const none = r.getIntersectionOrNullObject('D4');
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  it('knows its worksheet', async () => {
    const host = new FakeExcelHost({ sheets: ['Daten'] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Daten').getRange('A1').worksheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Daten');
    });
  });
});

describe('format', () => {
  it('writes and reads font, fill, alignment, wrap, widths and heights', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.format.font.bold = true;
      r.format.font.italic = true;
      r.format.font.color = 'white';
      r.format.font.size = 12;
      r.format.font.name = 'Arial';
      r.format.fill.color = '#4472c4';
      r.format.horizontalAlignment = 'Center';
      r.format.verticalAlignment = 'Top';
      r.format.wrapText = true;
      r.format.columnWidth = 120;
      r.format.rowHeight = 30;
      r.load({
        format: {
          font: { bold: true, color: true, size: true, name: true },
          fill: { color: true },
          columnWidth: true,
          rowHeight: true,
          horizontalAlignment: true,
        },
      });
      await context.sync();
      expect([r.format.font.bold, r.format.font.color, r.format.font.size, r.format.font.name]).toEqual([true, '#FFFFFF', 12, 'Arial']);
      expect([r.format.fill.color, r.format.columnWidth, r.format.rowHeight, r.format.horizontalAlignment]).toEqual([
        '#4472C4',
        120,
        30,
        'Center',
      ]);
    });
    const view = host.sheet('Sheet1');
    expect(view.cell('B1').format).toMatchObject({
      bold: true,
      italic: true,
      fontColor: '#FFFFFF',
      fillColor: '#4472C4',
      wrapText: true,
      verticalAlignment: 'Top',
    });
    expect([view.columnWidth('A'), view.columnWidth('B'), view.rowHeight(1), view.rowHeight(2)]).toEqual([120, 120, 30, 15]);
  });

  it('answers null for a property whose cells differ', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').format.font.bold = true;
      const both = sheet.getRange('A1:A2').load('format/font/bold, format/font/name');
      await context.sync();
      expect(both.format.font.bold).toBeNull();
      expect(both.format.font.name).toBe('Calibri');
    });
  });

  it('clears the fill', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.format.fill.color = 'yellow';
      r.format.fill.clear();
    });
    expect(host.sheet('Sheet1').cell('A1').format.fillColor).toBeNull();
  });

  it('sets borders per side, inside borders included', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      const top = r.format.borders.getItem('EdgeTop');
      top.style = 'Continuous';
      top.weight = 'Thick';
      r.format.borders.getItem('InsideHorizontal').style = 'Dash';
      const check = r.format.borders.getItem('EdgeTop').load('style, weight');
      const bottom = r.format.borders.getItem('EdgeBottom').load('style');
      r.format.borders.load('items/sideIndex');
      await context.sync();
      expect([check.style, check.weight, bottom.style]).toEqual(['Continuous', 'Thick', 'None']);
      expect(r.format.borders.items).toHaveLength(8);
    });
    const view = host.sheet('Sheet1');
    expect(view.cell('B1').format.borders).toEqual({
      top: { style: 'Continuous', color: '#000000', weight: 'Thick' },
      bottom: { style: 'Dash', color: '#000000', weight: 'Thin' },
    });
    expect(view.cell('A2').format.borders).toEqual({});
  });

  it('autofits columns to their text and records that it did', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [['a much longer header text', 'x']]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A:B').format.autofitColumns();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').format.autofitRows();
    });
    const view = host.sheet('Sheet1');
    expect(view.columnWidth('A')).toBeGreaterThan(view.columnWidth('B'));
    expect(view.autofittedColumns()).toEqual(['A', 'B']);
  });
});

describe('contents', () => {
  it('sets hyperlinks: the text shown, or the target in an empty cell', async () => {
    const host = new FakeExcelHost({ sheets: ['Typologie', 'Daten'] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Typologie');
      sheet.getRange('A1').hyperlink = { documentReference: "'Daten'!A1", textToDisplay: 'zu den Daten' };
      sheet.getRange('A2').hyperlink = { address: 'https://example.org' };
      const link = sheet.getRange('A1').load('hyperlink');
      const none = sheet.getRange('B1').load('hyperlink');
      await context.sync();
      expect(link.hyperlink).toEqual({ documentReference: "'Daten'!A1", textToDisplay: 'zu den Daten' });
      expect(none.hyperlink).toBeNull();
    });
    const view = host.sheet('Typologie');
    expect(view.cell('A1')).toMatchObject({ value: 'zu den Daten', hyperlink: { documentReference: "'Daten'!A1" } });
    expect(view.cell('A2').value).toBe('https://example.org');
  });

  it('clears contents, formats or everything', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [[1, 2, 3]], [['0.0', '0.0', '0.0']]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').clear('Contents');
      sheet.getRange('B1').clear('Formats');
      sheet.getRange('C1').clear();
    });
    const view = host.sheet('Sheet1');
    expect([view.cell('A1').value, view.cell('A1').numberFormat]).toEqual(['', '0.0']);
    expect([view.cell('B1').value, view.cell('B1').numberFormat]).toEqual([2, 'General']);
    expect([view.cell('C1').value, view.cell('C1').numberFormat]).toEqual(['', 'General']);
    expect(view.usedRange()).toBe('A1:B1');
  });

  it('merges (keeping the top-left value) and unmerges', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [['title', 'lost']]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').merge();
      sheet.getRange('A3:B4').merge(true);
    });
    expect(host.sheet('Sheet1').merges).toEqual(['A1:C1', 'A3:B3', 'A4:B4']);
    expect(host.sheet('Sheet1').values('A1:B1')).toEqual([['title', '']]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:C4').unmerge();
    });
    expect(host.sheet('Sheet1').merges).toEqual([]);
  });

  it('selects a range, which getSelectedRange then returns', async () => {
    const host = new FakeExcelHost({ sheets: ['A', 'B'] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('B').getRange('C3:D4').select();
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.getActiveCell().load('address');
      await context.sync();
      expect([selected.address, active.address]).toEqual(['B!C3:D4', 'B!C3']);
    });
    expect(host.activeSheetName()).toBe('B');
  });

  it('deletes and inserts cells, shifting the neighbours', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').delete('Up');
    });
    expect(host.sheet('Sheet1').values('A1:B3')).toEqual([
      [2, 'a'],
      [3, 'b'],
      ['', 'c'],
    ]);
    await host.run(async (context) => {
      const inserted = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').insert('Down').load('address');
      await context.sync();
      expect(inserted.address).toBe('Sheet1!A1:B1');
    });
    expect(host.sheet('Sheet1').values('A1:B4')).toEqual([
      ['', ''],
      [2, 'a'],
      [3, 'b'],
      ['', 'c'],
    ]);
  });
});
