/** Settings, custom XML parts, comments and notes, defined names, application. */
import { FakeExcelHost } from './index';
import { officeErrorOf } from './test-helpers';

describe('settings', () => {
  it('round-trips JSON values, replaces on add, deletes', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add('method', { version: 2, weights: [0.5, 0.5] });
      settings.add('year', 2024);
      settings.add('year', 2025);
      settings.add('when', new Date(Date.UTC(2024, 0, 15)));
      await context.sync();
      const method = settings.getItem('method').load('key, value');
      const missing = settings.getItemOrNullObject('nope');
      settings.load('items/key');
      const count = settings.getCount();
      await context.sync();
      expect([method.key, method.value]).toEqual(['method', { version: 2, weights: [0.5, 0.5] }]);
      expect([missing.isNullObject, count.value, settings.items.map((s) => s.key)]).toEqual([true, 3, ['method', 'year', 'when']]);
      settings.getItem('when').delete();
      settings.getItem('year').value = 'changed';
    });
    expect(host.settings()).toEqual({ method: { version: 2, weights: [0.5, 0.5] }, year: 'changed' });
  });

  it('getItem on a missing key is ItemNotFound at sync', async () => {
    const host = new FakeExcelHost();
    const error = await officeErrorOf(
      host.run(async (context) => {
        context.workbook.settings.getItem('nope').load('value');
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });
});

describe('custom XML parts', () => {
  const NS = 'urn:kooperationsmonitor:method';
  const xml = (v: number) => `<?xml version="1.0"?><method xmlns="${NS}"><version>${v}</version></method>`;

  it('adds, finds by namespace, reads, replaces and deletes', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const added = parts.add(xml(1)).load('id, namespaceUri');
      parts.add('<other xmlns="urn:other"/>');
      await context.sync();
      expect(added.namespaceUri).toBe(NS);
      const scoped = parts.getByNamespace(NS);
      const only = scoped.getOnlyItem();
      const content = only.getXml();
      const count = scoped.getCount();
      const byId = parts.getItemOrNullObject(added.id);
      const missing = parts.getItemOrNullObject('{nope}');
      await context.sync();
      expect([content.value, count.value, byId.isNullObject, missing.isNullObject]).toEqual([xml(1), 1, false, true]);
      only.setXml(xml(2));
      await context.sync();
    });
    expect(host.customXmlParts().map((p) => [p.namespaceUri, p.xml])).toEqual([
      [NS, xml(2)],
      ['urn:other', '<other xmlns="urn:other"/>'],
    ]);
    await host.run(async (context) => {
      context.workbook.customXmlParts.getByNamespace('urn:other').getOnlyItem().delete();
    });
    expect(host.customXmlParts()).toHaveLength(1);
  });

  it('handles prefixed roots and rejects broken XML', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const part = context.workbook.customXmlParts.add('<k:root xmlns:k="urn:k"><k:a/></k:root>').load('namespaceUri');
      await context.sync();
      expect(part.namespaceUri).toBe('urn:k');
      context.workbook.customXmlParts.add('<root><unclosed>');
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      context.workbook.customXmlParts.add('not xml');
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
    });
  });

  it('getOnlyItem fails for none or several; the OrNullObject variant gives a null object', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const none = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      context.workbook.customXmlParts.getByNamespace(NS).getOnlyItem();
      expect((await officeErrorOf(context.sync())).code).toBe('ItemNotFound');
      context.workbook.customXmlParts.add(xml(1));
      context.workbook.customXmlParts.add(xml(2));
      context.workbook.customXmlParts.getByNamespace(NS).getOnlyItem();
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidOperation');
    });
  });
});

describe('comments and notes', () => {
  it('adds comments by sheet-qualified address and notes by Range; both show on the cell', async () => {
    const host = new FakeExcelHost({ sheets: ['Typologie'] });
    await host.run(async (context) => {
      context.workbook.comments.add('Typologie!B1', 'Anteil der Kommunen mit Typ I');
      const cell = context.workbook.worksheets.getItem('Typologie').getRange('C1');
      const note = context.workbook.notes.add(cell, 'Quelle: Befragung 2024');
      note.load('content, authorName');
      const location = note.getLocation().load('address');
      await context.sync();
      expect([note.content, location.address]).toEqual(['Quelle: Befragung 2024', 'Typologie!C1']);
      const comments = context.workbook.comments.load('items/content');
      await context.sync();
      expect(comments.items.map((c) => c.content)).toEqual(['Anteil der Kommunen mit Typ I']);
    });
    expect(host.sheet('Typologie').cell('B1').comment).toBe('Anteil der Kommunen mit Typ I');
    expect(host.sheet('Typologie').cell('C1').note).toBe('Quelle: Befragung 2024');
    expect(host.notes()).toEqual([{ address: 'Typologie!C1', content: 'Quelle: Befragung 2024', author: 'Fake Excel', visible: false }]);
  });

  it('rejects addresses without sheet, multi-cell ranges and a second annotation on a cell', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      expect(() => context.workbook.comments.add('A1', 'x')).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
      context.workbook.notes.add('Sheet1!A1:B2', 'x');
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidArgument');
      context.workbook.notes.add('Sheet1!A1', 'first');
      context.workbook.comments.add('Sheet1!A1', 'second');
      expect((await officeErrorOf(context.sync())).code).toBe('InvalidOperation');
    });
    expect(host.notes().map((n) => n.content)).toEqual(['first']);
  });

  it('clear() removes notes from the range', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      context.workbook.notes.add('Sheet1!A1', 'gone soon');
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').clear();
    });
    expect(host.notes()).toEqual([]);
  });
});

describe('names and application', () => {
  it('defines names for ranges and resolves them', async () => {
    const host = new FakeExcelHost({ sheets: ['Daten'] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Daten').getRange('A1:B5');
      context.workbook.names.add('Eingaben', range, 'Rohdaten');
      await context.sync();
      const item = context.workbook.names.getItem('eingaben').load('name, formula, type');
      const target = item.getRange().load('address');
      const missing = context.workbook.names.getItemOrNullObject('Nope');
      await context.sync();
      expect([item.name, item.formula, item.type, target.address, missing.isNullObject]).toEqual([
        'Eingaben',
        '=Daten!$A$1:$B$5',
        'Range',
        'Daten!A1:B5',
        true,
      ]);
      context.workbook.names.add('eingaben', '=1');
      expect((await officeErrorOf(context.sync())).code).toBe('ItemAlreadyExists');
    });
    expect(host.names()).toEqual([{ name: 'Eingaben', formula: '=Daten!$A$1:$B$5', comment: 'Rohdaten' }]);
  });

  it('records calculation mode and suspensions', async () => {
    const host = new FakeExcelHost();
    await host.run(async (context) => {
      const app = context.workbook.application;
      app.suspendApiCalculationUntilNextSync();
      app.suspendScreenUpdatingUntilNextSync();
      app.calculationMode = 'Manual';
      app.load('calculationMode');
      await context.sync();
      expect(app.calculationMode).toBe('Manual');
      expect(context.application.calculationMode).toBe('Manual');
    });
    expect(host.application()).toEqual({ calculationMode: 'Manual', suspendedCalculation: 1, suspendedScreenUpdating: 1 });
  });
});
