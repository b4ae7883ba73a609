/** A1 addresses: parsing, Excel's sheet-name quoting, whole rows/columns. */
import { columnFromLetters, columnLetters, formatAddress, formatRect, parseAddress, quoteSheetName } from './model/a1';
import { MAX_COLS, MAX_ROWS, rect } from './model/rect';
import { FakeExcelHost } from './index';
import { thrownBy } from './test-helpers';

describe('A1 parsing and formatting', () => {
  it.each([
    ['B3', null, rect(2, 1)],
    ['$A$1:C9', null, rect(0, 0, 9, 3)],
    ['C9:A1', null, rect(0, 0, 9, 3)],
    ['A:C', null, rect(0, 0, MAX_ROWS, 3)],
    ['2:5', null, rect(1, 0, 4, MAX_COLS)],
    ['Data!A1', 'Data', rect(0, 0)],
    ["'Prüf bericht'!A1:B2", 'Prüf bericht', rect(0, 0, 2, 2)],
    ["'It''s'!XFD1048576", "It's", rect(MAX_ROWS - 1, MAX_COLS - 1)],
  ])('parses %p', (text, sheet, expected) => {
    expect(parseAddress(text)).toEqual({ sheet, rect: expected });
  });

  it.each(['', 'A', 'A0', 'XFE1', 'A1048577', 'A1:B2:C3', "'Open!A1", '1A'])('rejects %p with InvalidArgument', (text) => {
    expect(thrownBy(() => parseAddress(text)).code).toBe('InvalidArgument');
  });

  it('formats cells, blocks, whole columns and rows, absolute or not', () => {
    expect(formatRect(rect(0, 0))).toBe('A1');
    expect(formatRect(rect(2, 1, 3, 2))).toBe('B3:C5');
    expect(formatRect(rect(0, 2, MAX_ROWS, 1))).toBe('C:C');
    expect(formatRect(rect(0, 0, 2, MAX_COLS), true)).toBe('$1:$2');
    expect(formatRect(rect(0, 0, 5, 1), true)).toBe('$A$1:$A$5');
  });

  it('quotes sheet names the way Excel does', () => {
    expect(quoteSheetName('Typologie')).toBe('Typologie');
    expect(quoteSheetName('Prüfbericht')).toBe('Prüfbericht');
    expect(quoteSheetName('Prüf bericht')).toBe("'Prüf bericht'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName('2024')).toBe("'2024'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('R1C1')).toBe("'R1C1'");
    expect(quoteSheetName('Daten-Import')).toBe("'Daten-Import'");
    expect(formatAddress('Prüf bericht', rect(0, 0, 3, 3))).toBe("'Prüf bericht'!A1:C3");
  });

  it('converts column letters both ways', () => {
    expect([0, 25, 26, 701, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'XFD']);
    expect(columnFromLetters('xfd')).toBe(16383);
  });
});

describe('Range.address through the API', () => {
  it('is sheet-qualified and quoted when needed', async () => {
    const host = new FakeExcelHost({ sheets: ['Typologie', 'Prüf bericht'] });
    await host.run(async (context) => {
      const a = context.workbook.worksheets.getItem('Typologie').getRange('a1:c3').load('address');
      const b = context.workbook.worksheets.getItem('Prüf bericht').getRange('A1').load('address');
      const whole = context.workbook.worksheets.getItem('Typologie').getRange().load('address, isEntireRow, isEntireColumn');
      await context.sync();
      expect(a.address).toBe('Typologie!A1:C3');
      expect(b.address).toBe("'Prüf bericht'!A1");
      expect([whole.address, whole.isEntireRow, whole.isEntireColumn]).toEqual(['Typologie!1:1048576', true, true]);
    });
  });

  it('refuses an address on another sheet in Worksheet.getRange', async () => {
    const host = new FakeExcelHost({ sheets: ['A', 'B'] });
    const error = await host
      .run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('B!A1').load('address');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'InvalidArgument' });
  });
});
