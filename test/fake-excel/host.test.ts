/** The host's direct helpers, snapshots, and the fake's portability to a browser bundle. */
import fs from 'fs';
import path from 'path';
import { FakeExcelHost } from './index';
import { officeErrorOf } from './test-helpers';

describe('building and inspecting without proxies', () => {
  it('starts like a new workbook and adds sheets with cells', () => {
    const host = new FakeExcelHost();
    host.addSheet('Daten', [
      ['Name', 'Wert'],
      ['a', 1],
    ]);
    expect(host.sheetNames()).toEqual(['Sheet1', 'Daten']);
    expect(host.sheet('Daten').values('A1:B2')).toEqual([
      ['Name', 'Wert'],
      ['a', 1],
    ]);
    expect(new FakeExcelHost({ sheets: ['X', 'Y'] }).sheetNames()).toEqual(['X', 'Y']);
  });

  it('setCells applies number formats first, then Excel input rules', () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'B2', [['=A1', '=A1', 0.5]], [['@', null, '0%']]);
    const view = host.sheet('Sheet1');
    expect(view.cell('B2')).toMatchObject({ address: 'Sheet1!B2', value: '=A1', formula: null, numberFormat: '@' });
    expect(view.cell('C2')).toMatchObject({ formula: '=A1', numberFormat: 'General' });
    expect(view.cell('D2')).toMatchObject({ value: 0.5, text: '50%', valueType: 'Double' });
  });

  it('addTable creates a table the API can find', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [
      ['h1', 'h2'],
      [1, 2],
    ]);
    expect(host.addTable('Sheet1', 'A1:B2', 'Werte')).toMatchObject({ name: 'Werte', address: 'A1:B2', headers: ['h1', 'h2'] });
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem('Werte').load('name');
      await context.sync();
      expect(table.name).toBe('Werte');
    });
  });

  it('select sets the active sheet and selection', async () => {
    const host = new FakeExcelHost({ sheets: ['A', 'B'] });
    host.select('B', 'C3');
    await host.run(async (context) => {
      const range = context.workbook.getSelectedRange().load('address');
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect([range.address, sheet.name]).toEqual(['B!C3', 'B']);
    });
  });

  it('throws a clear error for an unknown sheet', () => {
    expect(() => new FakeExcelHost().sheet('Nope')).toThrow("The fake workbook has no sheet 'Nope'.");
  });
});

describe('snapshot', () => {
  it('is JSON and unchanged by a failed action', async () => {
    const host = new FakeExcelHost();
    host.setCells('Sheet1', 'A1', [['keep']]);
    host.addTable('Sheet1', 'A1:A2', 'Tab');
    const before = host.snapshot();
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
    host.failOnSync(1);
    await officeErrorOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['changed']];
        context.workbook.settings.add('k', 1);
        await context.sync();
      }),
    );
    expect(host.snapshot()).toEqual(before);
  });

  it('shows a change in cells, formats, settings and sheets', async () => {
    const host = new FakeExcelHost();
    const before = host.snapshot();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
      range.values = [[5]];
      range.format.font.bold = true;
      context.workbook.settings.add('k', { a: 1 });
      context.workbook.worksheets.add('Neu');
    });
    const after = host.snapshot();
    expect(after).not.toEqual(before);
    expect(after.sheets[0]?.cells).toEqual({ B2: { value: 5, style: { bold: true } } });
    expect(after.settings).toEqual({ k: { a: 1 } });
    expect(after.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Neu']);
  });
});

describe('portability', () => {
  it('the fake imports nothing but its own files (no fs, no Buffer), so webpack can bundle it', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'test-helpers.ts') files.push(full);
      }
    };
    walk(__dirname);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) => {
      const text = fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      const imports = [...text.matchAll(/from '([^']+)'|require\(['"]([^'"]+)['"]\)/g)].map((m) => m[1] ?? m[2] ?? '');
      const bad = imports.filter((spec) => !spec.startsWith('.'));
      if (/\bBuffer\b|\bprocess\./.test(text)) bad.push('Buffer/process');
      return bad.map((spec) => `${path.relative(__dirname, file)}: ${spec}`);
    });
    expect(offenders).toEqual([]);
  });
});
