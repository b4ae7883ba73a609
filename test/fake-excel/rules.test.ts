/** Conditional formats and data validation round trips. */
import { FakeExcelHost } from './index';
import { officeErrorOf } from './test-helpers';

describe('conditional formats', () => {
  it('stores a three-colour scale and reads it back', async () => {
    const host = new FakeExcelHost();
    const criteria: Excel.ConditionalColorScaleCriteria = {
      minimum: { type: 'Number', formula: '1', color: '#f8696b' },
      midpoint: { type: 'Number', formula: '2', color: '#FFEB84' },
      maximum: { type: 'Number', formula: '3', color: '#63BE7B' },
    };
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:B20');
      const cf = range.conditionalFormats.add('ColorScale');
      cf.colorScale.criteria = criteria;
      await context.sync();
      const read = range.conditionalFormats.getItemAt(0);
      read.load('type, priority');
      read.colorScale.load('criteria, threeColorScale');
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect([read.type, read.priority, read.colorScale.threeColorScale, count.value]).toEqual(['ColorScale', 0, true, 1]);
      expect(read.colorScale.criteria.minimum).toEqual({ type: 'Number', formula: '1', color: '#F8696B' });
    });
    expect(host.conditionalFormats('Sheet1')).toEqual([
      expect.objectContaining({
        type: 'ColorScale',
        address: 'Sheet1!B2:B20',
        criteria: expect.objectContaining({ maximum: { type: 'Number', formula: '3', color: '#63BE7B' } }),
      }),
    ]);
  });

  it('stores text comparisons and cell-value rules with their format', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('C2:C50');
      const text = range.conditionalFormats.add('ContainsText');
      text.textComparison.format.fill.color = '#F8D7C4';
      text.textComparison.format.font.color = '#7A2E0B';
      text.textComparison.format.font.bold = true;
      text.textComparison.rule = { operator: 'Contains', text: 'Typ I' };
      const value = range.conditionalFormats.add('CellValue');
      value.cellValue.format.font.italic = true;
      value.cellValue.rule = { formula1: '=1', formula2: '=3', operator: 'Between' };
      const custom = range.conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=$C2>2';
      custom.custom.format.fill.color = 'yellow';
      await context.sync();
      text.textComparison.load('rule');
      text.textComparison.format.fill.load('color');
      await context.sync();
      expect(text.textComparison.rule).toEqual({ operator: 'Contains', text: 'Typ I' });
      expect(text.textComparison.format.fill.color).toBe('#F8D7C4');
    });
    const [custom, value, text] = host.conditionalFormats('Sheet1');
    expect(text).toMatchObject({
      type: 'ContainsText',
      priority: 2,
      rule: { operator: 'Contains', text: 'Typ I' },
      format: { fillColor: '#F8D7C4', fontColor: '#7A2E0B', bold: true },
    });
    expect(value).toMatchObject({
      type: 'CellValue',
      priority: 1,
      rule: { operator: 'Between', formula1: '=1', formula2: '=3' },
      format: { italic: true },
    });
    expect(custom).toMatchObject({ type: 'Custom', priority: 0, rule: { formula: '=$C2>2' }, format: { fillColor: '#FFFF00' } });
  });

  it('checks rules and types at sync', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A5');
      const scale = range.conditionalFormats.add('ColorScale');
      scale.textComparison.rule = { operator: 'Contains', text: 'x' };
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidOperation');
      scale.colorScale.criteria = { minimum: { type: 'Number', color: '#FFFFFF' }, maximum: { type: 'HighestValue', color: '#000000' } };
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      range.conditionalFormats.add('CellValue').cellValue.rule = { formula1: '=1', operator: 'Between' };
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      range.conditionalFormats.add('IconSet');
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
    });
  });

  it('lists the formats touching a range and clears them', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A5').conditionalFormats.add('ContainsText').textComparison.rule = { operator: 'BeginsWith', text: 'a' };
      sheet.getRange('C1:C5').conditionalFormats.add('ContainsText').textComparison.rule = { operator: 'EndsWith', text: 'z' };
      const touching = sheet.getRange('A3:B3').conditionalFormats.load('items/type');
      await context.sync();
      expect(touching.items).toHaveLength(1);
      sheet.getRange('A1:A2').conditionalFormats.clearAll();
    });
    expect(host.conditionalFormats('Sheet1').map((cf) => cf.address)).toEqual(['Sheet1!C1:C5']);
  });
});

describe('data validation', () => {
  it('stores a list rule with prompt and error alert (round trip)', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'B2', [['Typ I'], ['Typ IV']]);
    await host.run(async (context) => {
      const dv = context.workbook.worksheets.getItem('Sheet1').getRange('B2:B10').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: 'Typ I,Typ II,Typ III' } };
      dv.prompt = { showPrompt: true, title: 'Typ', message: 'Bitte wählen' };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Ungültig', message: 'Nur Typ I–III' };
      dv.load('type, rule, prompt, valid');
      await context.sync();
      expect(dv.type).toBe('List');
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: 'Typ I,Typ II,Typ III' } });
      expect(dv.prompt).toEqual({ showPrompt: true, title: 'Typ', message: 'Bitte wählen' });
      expect(dv.valid).toBe(false);
    });
    expect(host.dataValidations('Sheet1')).toEqual([
      {
        address: 'Sheet1!B2:B10',
        type: 'List',
        rule: { list: { inCellDropDown: true, source: 'Typ I,Typ II,Typ III' } },
        prompt: { showPrompt: true, title: 'Typ', message: 'Bitte wählen' },
        errorAlert: { showAlert: true, style: 'Stop', title: 'Ungültig', message: 'Nur Typ I–III' },
        ignoreBlanks: true,
      },
    ]);
  });

  it('stores a Range list source as its absolute address', async () => {
    const host = new FakeExcelHost({ sheets: ['Eingabe', 'Listen'] });
    await host.run(async (context) => {
      const source = context.workbook.worksheets.getItem('Listen').getRange('A1:A3');
      context.workbook.worksheets.getItem('Eingabe').getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source } };
    });
    expect(host.dataValidations('Eingabe')[0]?.rule).toEqual({ list: { inCellDropDown: true, source: '=Listen!$A$1:$A$3' } });
  });

  it('reports None, Inconsistent, and clears', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A2').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } };
      const mixed = sheet.getRange('A1:A3').dataValidation.load('type, rule');
      const none = sheet.getRange('C1').dataValidation.load('type');
      await context.sync();
      expect([mixed.type, mixed.rule, none.type]).toEqual(['Inconsistent', null, 'None']);
      sheet.getRange('A2').dataValidation.clear();
    });
    expect(host.dataValidations('Sheet1').map((v) => v.address)).toEqual(['Sheet1!A1']);
  });

  it('refuses a rule with no or several rule types', async () => {
    const host = new FakeExcelHost();
    const error = await officeErrorOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
          list: { inCellDropDown: true, source: 'a' },
          custom: { formula: '=TRUE' },
        };
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});
