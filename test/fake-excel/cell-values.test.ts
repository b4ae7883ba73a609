/** Excel's input rule: formulas, the "@" text format, numbers, broadcasting and dimension errors. */
import { FakeExcelHost, formulaOf } from './index';
import { officeErrorOf } from './test-helpers';

async function write(host: FakeExcelHost, address: string, values: unknown, numberFormat?: unknown): Promise<void> {
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange(address);
    if (numberFormat !== undefined) range.numberFormat = numberFormat as unknown[][];
    range.values = values as unknown[][];
  });
}

describe('formula rule', () => {
  it('turns "=…" into a formula whose value is #NAME? (not evaluated)', async () => {
    const host = new FakeExcelHost();
    await write(host, 'A1', [['=SUM(B1:B3)']]);
    expect(host.sheet('Sheet1').cell('A1')).toMatchObject({
      value: '#NAME?',
      formula: '=SUM(B1:B3)',
      valueType: 'Error',
      text: '#NAME?',
    });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values, formulas, valueTypes');
      await context.sync();
      expect([range.values, range.formulas, range.valueTypes]).toEqual([[['#NAME?']], [['=SUM(B1:B3)']], [['Error']]]);
    });
  });

  it('keeps "=…" as text in a cell formatted "@" (formula-injection safety)', async () => {
    const host = new FakeExcelHost();
    await write(host, 'A1:A2', [['=HYPERLINK("http://evil","x")'], ['+cmd|calc']], [['@'], ['@']]);
    expect(host.sheet('Sheet1').cell('A1')).toMatchObject({ value: '=HYPERLINK("http://evil","x")', formula: null, valueType: 'String' });
    expect(host.sheet('Sheet1').cell('A2')).toMatchObject({ value: '+cmd|calc', formula: null });
  });

  it('uses the format the cell has when the write is applied, within one sync in order', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').numberFormat = [['@']];
      sheet.getRange('A1').values = [['=1+1']]; // format already "@": text
      sheet.getRange('B1').values = [['=1+1']]; // format still General: formula
      sheet.getRange('B1').numberFormat = [['@']];
    });
    expect(host.sheet('Sheet1').cell('A1').formula).toBeNull();
    expect(host.sheet('Sheet1').cell('B1').formula).toBe('=1+1');
  });

  it('honours "@" set on whole columns', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const column = sheet.getRange('C:C');
      column.numberFormat = '@' as unknown as unknown[][]; // a scalar fills the whole range
      sheet.getRange('C500').values = [['=2*3']];
    });
    expect(host.sheet('Sheet1').cell('C500')).toMatchObject({ value: '=2*3', formula: null, numberFormat: '@' });
  });

  it.each([
    ['+A1', '=+A1'],
    ['-A1', '=-A1'],
    ['- Punkt', '=- Punkt'],
    ['@SUM(A1)', '=@SUM(A1)'],
    ['=A1', '=A1'],
  ])('treats %p as the formula %p in a General cell', async (input, formula) => {
    const host = new FakeExcelHost();
    await write(host, 'A1', [[input]]);
    expect(host.sheet('Sheet1').cell('A1').formula).toBe(formula);
  });

  it.each([
    ['12', 12],
    ['-5', -5],
    ['+5', 5],
    ['1.5e3', 1500],
    [' 7 ', 7],
    ['TRUE', true],
    ['false', false],
    ["'=1+1", '=1+1'],
    ["'007", '007'],
    ['007', 7],
    ['=', '='],
    ['-', '-'],
    ['@', '@'],
    ['@ home', '@ home'],
    ['Typ I', 'Typ I'],
    ['', ''],
  ])('stores %p as the constant %p in a General cell', async (input, value) => {
    const host = new FakeExcelHost();
    await write(host, 'A1', [[input]]);
    expect(host.sheet('Sheet1').cell('A1')).toMatchObject({ value, formula: null });
  });

  it('keeps numbers and booleans as they are, even in "@" cells', async () => {
    const host = new FakeExcelHost();
    await write(host, 'A1:C1', [[1.25, true, '12']], [['@', '@', '@']]);
    expect(host.sheet('Sheet1').values('A1:C1')).toEqual([[1.25, true, '12']]);
    expect(host.sheet('Sheet1').cell('C1').valueType).toBe('String');
  });

  it('computes formula values with a host-supplied evaluator', async () => {
    const host = new FakeExcelHost({ evaluateFormula: (f) => (f === '=1+1' ? 2 : { error: '#VALUE!' }) });
    await write(host, 'A1:B1', [['=1+1', '=X()']]);
    expect(host.sheet('Sheet1').values('A1:B1')).toEqual([[2, '#VALUE!']]);
  });

  it('formulaOf implements the documented rule', () => {
    expect(formulaOf('=a')).toBe('=a');
    expect(formulaOf('+1')).toBeNull();
    expect(formulaOf('+1x')).toBe('=+1x');
    expect(formulaOf('@1')).toBeNull();
    expect(formulaOf('text')).toBeNull();
  });
});

describe('shapes of written data', () => {
  it('fills the whole range from a scalar', async () => {
    const host = new FakeExcelHost();
    await write(host, 'A1:B2', 'x', '0.0');
    expect(host.sheet('Sheet1').values('A1:B2')).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    expect(host.sheet('Sheet1').numberFormats('A1:B2')).toEqual([
      ['0.0', '0.0'],
      ['0.0', '0.0'],
    ]);
  });

  it.each([
    ['a 1x1 array on a 2x2 range', 'A1:B2', [['x']]],
    ['too many columns', 'A1:B1', [[1, 2, 3]]],
    ['too few rows', 'A1:A3', [[1], [2]]],
    ['a 1-D array', 'A1:B1', [1, 2]],
  ])('rejects %s with InvalidArgument at sync', async (_label, address, values) => {
    const host = new FakeExcelHost();
    const error = await officeErrorOf(write(host, address, values));
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toContain("doesn't match the size or dimensions of the range");
  });

  it('leaves cells unchanged for null and for non-finite numbers (JSON null on the wire)', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [[1, 2, 3]]);
    await write(host, 'A1:C1', [[null, Number.NaN, 9]]);
    expect(host.sheet('Sheet1').values('A1:C1')).toEqual([[1, 2, 9]]);
  });

  it('rejects objects as cell values', async () => {
    const host = new FakeExcelHost();
    expect((await officeErrorOf(write(host, 'A1', [[{ a: 1 }]]))).code).toBe('InvalidArgument');
  });

  it('writes numberFormat per cell from a 2-D array', async () => {
    const host = new FakeExcelHost();
    await write(host, 'A1:B1', [[0.5, 1234.5]], [['0%', '#,##0.00']]);
    expect(host.sheet('Sheet1').text('A1:B1')).toEqual([['50%', '1,234.50']]);
  });
});

describe('text (number formats as displayed)', () => {
  it.each([
    [3.14159, 'General', '3.14159'],
    [2.5, '0.0', '2.5'],
    [2.46, '0.0', '2.5'],
    [0.256, '0%', '26%'],
    [1234567, '#,##0', '1,234,567'],
    [1.5, '+0.0;-0.0;0.0', '+1.5'],
    [-1.5, '+0.0;-0.0;0.0', '-1.5'],
    [0, '+0.0;-0.0;0.0', '0.0'],
    [42.3, '0.0" %"', '42.3 %'],
    [1250, '#,##0" €"', '1,250 €'],
    [45306.5, 'dd.mm.yyyy hh:mm', '15.01.2024 12:00'],
    [-3, '0', '-3'],
  ])('%p with %p shows %p', async (value, format, text) => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [[value]], [[format]]);
    expect(host.sheet('Sheet1').cell('A1').text).toBe(text);
  });
});
