import { buildReport } from '../../src/core/sheets/report';
import { RUN_AT, expectedCells, request, setup, userTypes } from './helpers';

const REPORT = ['Typologie', 'Vergleich', 'Profile', 'Methodik', 'Prüfbericht'];

describe('the whole flow against the fake Excel host', () => {
  it('template → sample → compute → re-run → new year → compute, checked cell by cell', async () => {
    const { host, api } = setup();
    await api.createTemplate('de', true);
    expect(host.tables().map((t) => t.name)).toContain('Indikatoren');
    const input = host.snapshot().sheets.find((s) => s.name === 'Indikatoren');

    const first = await api.compute(request());
    if (first.status !== 'done') throw new Error('expected a finished run');
    expect(first.sheets).toEqual(REPORT);
    expect(host.sheetNames()).toEqual(['Sheet1', 'Indikatoren', ...REPORT]);

    // Every cell the engine's sheet models describe is in the workbook, with its number format.
    const models = buildReport(first.result, { lang: 'de', runAt: RUN_AT, appVersion: '0.1.0' });
    for (const model of models) {
      const sheet = host.sheet(model.name);
      for (const want of expectedCells(model)) {
        const got = sheet.cell(want.address);
        expect({ address: want.address, value: got.value, numberFormat: got.numberFormat, formula: got.formula }).toEqual({
          ...want,
          formula: null,
        });
      }
    }
    // Dresden 2025 per the paper: II, K3 at type I level, Rückbewegung.
    const typ = host.sheet('Typologie');
    expect(typ.values('A4:C4')).toEqual([['Dresden', 2025, 'II']]);
    expect(String(typ.cell('N4').value)).toContain('Rückbewegung ggü. 2024');
    expect(
      host
        .tables()
        .map((t) => t.name)
        .sort(),
    ).toEqual(['Indikatoren', 'KM_Pruefbericht', 'KM_Typologie']);
    expect(host.charts('Profile')).toHaveLength(6);
    expect(host.sheet('Typologie').isProtected).toBe(true);
    // The user's input is untouched.
    expect(host.snapshot().sheets.find((s) => s.name === 'Indikatoren')).toEqual(input);

    const second = await api.compute(request());
    expect(second.status).toBe('done');
    expect(host.sheetNames()).toEqual(['Sheet1', 'Indikatoren', ...REPORT]);

    expect(await api.addNewYear()).toEqual({ added: 5 });
    const third = await api.compute(request());
    if (third.status !== 'done') throw new Error('expected a finished run');
    expect(third.result.rows).toHaveLength(11);
    expect(host.sheet('Vergleich').cell('A1').value).toBe('Vergleich der Kommunen 2026');
    expect(host.sheet('Typologie').usedRange(true)).toBe('A1:P12');
  });

  it('stops and asks when the user typed into an owned sheet; keep a copy or replace', async () => {
    const { host, api } = setup();
    await api.createTemplate('de', true);
    await api.compute(request());
    await userTypes(host, 'Typologie', 'R2', 'meine Notiz');

    const asked = await api.compute(request());
    expect(asked).toEqual({ status: 'conflict', conflicts: [{ key: 'typologie', name: 'Typologie', reason: 'unprotected' }] });
    expect(host.sheet('Typologie').cell('R2').value).toBe('meine Notiz');

    const kept = await api.compute(request({ resolution: 'keepCopy' }));
    expect(kept.status).toBe('done');
    expect(host.sheetNames()).toContain('Typologie (Kopie)');
    expect(host.sheet('Typologie (Kopie)').cell('R2').value).toBe('meine Notiz');
    expect(host.sheet('Typologie').cell('R2').value).toBe('');

    await userTypes(host, 'Vergleich', 'A1', 'Überschrieben');
    const replaced = await api.compute(request({ resolution: 'replace' }));
    expect(replaced.status).toBe('done');
    expect(host.sheet('Vergleich').cell('A1').value).toBe('Vergleich der Kommunen 2025');
    expect(host.sheetNames().filter((n) => n.startsWith('Vergleich'))).toEqual(['Vergleich']);
  });

  it('a renamed owned sheet is a conflict too', async () => {
    const { host, api } = setup();
    await api.createTemplate('de', true);
    await api.compute(request());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Methodik').name = 'Methode 2025';
      await context.sync();
    });
    const asked = await api.compute(request());
    expect(asked).toEqual({ status: 'conflict', conflicts: [{ key: 'methodik', name: 'Methode 2025', reason: 'renamed' }] });
  });

  it('never takes over a sheet of the user that happens to have a report name', async () => {
    const { host, api } = setup();
    host.addSheet('Typologie', [['meine eigene Typologie']]);
    await api.createTemplate('de', true);
    const out = await api.compute(request());
    if (out.status !== 'done') throw new Error('expected a finished run');
    expect(out.sheets[0]).toBe('Typologie (2)');
    expect(host.sheet('Typologie').values('A1:B1')).toEqual([['meine eigene Typologie', '']]);
  });

  it('writes English sheet names when Office runs in English', async () => {
    const { host, api } = setup();
    await api.createTemplate('en', true);
    const out = await api.compute(request({ lang: 'en' }));
    expect(out.status === 'done' && out.sheets).toEqual(['Typology', 'Comparison', 'Profiles', 'Method', 'Validation']);
    expect(host.sheet('Typology').values('A1:C1')).toEqual([['Municipality', 'Year', 'Type']]);
  });
});
