import { SheetModel } from '../../src/core/model/sheet';
import { cellLookup } from '../../src/core/sheets/cell-lookup';
import { runSample } from '../../src/core/run-sample';
import { computeRun } from '../../src/core/run';
import { buildReport } from '../../src/core/sheets/report';
import { buildProfile, MAX_PROFILE_CHARTS } from '../../src/core/sheets/profile';
import { buildPruefbericht } from '../../src/core/sheets/pruefbericht';
import { buildVorlage } from '../../src/core/sheets/vorlage';
import { newYearRows } from '../../src/core/table/new-year';
import { sampleGrid } from '../../src/core/sample/sample-grid';
import { generateGrid } from '../bench/generate';

const RUN_AT = '2026-11-24T09:30:00';
const sample = runSample();
const report = buildReport(sample, { lang: 'de', runAt: RUN_AT, appVersion: '0.1.0' });
const byKey = Object.fromEntries(report.map((m) => [m.key, m]));
const cell = (m: SheetModel, row: number, col: number) => cellLookup(m)(row, col)?.v;

describe('report sheet models', () => {
  it('are valid sheet models with German names in workbook order', () => {
    for (const m of report) expect(() => SheetModel.parse(m)).not.toThrow();
    expect(report.map((m) => m.name)).toEqual(['Typologie', 'Vergleich', 'Profile', 'Methodik', 'Prüfbericht']);
    const en = buildReport(sample, { lang: 'en', runAt: RUN_AT, appVersion: '0.1.0' });
    expect(en.map((m) => m.name)).toEqual(['Typology', 'Comparison', 'Profiles', 'Method', 'Validation']);
  });

  it('Typologie has one table row per Kommune and Jahr with type, levels, flags and trend in words', () => {
    const t = byKey.typologie!;
    expect(t.table?.area).toEqual({ row: 0, col: 0, rows: 7, cols: 16 });
    expect(t.freeze).toEqual({ rows: 1, cols: 1 });
    const dresden25 = 3;
    expect([0, 1, 2, 8, 9].map((c) => cell(t, dresden25, c))).toEqual(['Dresden', 2025, 'II', 'I', 31.75]);
    expect(cell(t, dresden25, 11)).toBe('2/3');
    expect(String(cell(t, dresden25, 12))).toContain('K3 auf Typ-I-Niveau');
    expect(String(cell(t, dresden25, 13))).toContain('Rückbewegung ggü. 2024');
    expect(t.conditionalFormats.map((c) => (c.type === 'textEquals' ? c.text : c.type))).toEqual(['I', 'II', 'III']);
  });

  it('Vergleich lists the latest year by rank with a colour scale, deltas and context, print-ready', () => {
    const v = byKey.vergleich!;
    expect(cell(v, 0, 0)).toBe('Vergleich der Kommunen 2025');
    expect(String(cell(v, 1, 0))).toContain('Stand 24.11.2026, 09:30');
    expect([4, 5, 6, 7, 8].map((r) => cell(v, r, 1))).toEqual(['Dortmund', 'Mönchengladbach', 'Halle (Saale)', 'Dresden', 'Nürnberg']);
    expect(cell(v, 7, 14)).toBeCloseTo(31.75 - 65.5, 9); // Δ K3 of Dresden
    expect(v.page).toEqual({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: 3, to: 3 } });
    expect(v.conditionalFormats[0]?.type).toBe('colorScale');
  });

  it('Profile has one radar per Kommune (Dresden with its previous year) and an overlay against the median', () => {
    const p = byKey.profile!;
    expect(p.charts).toHaveLength(1 + 5);
    expect(p.charts[0]?.title).toBe('Vergleich 2025: Auswahl und Median');
    const dresden = p.charts.find((c) => c.title.startsWith('Dresden'))!;
    expect(dresden.title).toBe('Dresden 2025 (Vorjahr 2024)');
    expect(dresden.series).toHaveLength(4); // 2025, 2024 and the two band rings
    for (const c of p.charts) expect(c.axis).toEqual({ min: 0, max: 100, majorUnit: 25 });
    expect(cell(p, 2, 0)).toBe('Alle 5 Kommunen sind dargestellt.');
  });

  it('Profile charts at most 30 Kommunen and says how many are left out', () => {
    const big = computeRun(generateGrid(45, 2));
    const p = buildProfile(big, { year: null, lang: 'de' });
    expect(p.charts).toHaveLength(1 + MAX_PROFILE_CHARTS);
    expect(String(cell(p, 2, 0))).toContain('30 von 45 Kommunen dargestellt; 15 nicht dargestellt');
    const chosen = buildProfile(big, { year: null, lang: 'de', profiles: ['Kommune 7', 'kommune 3', 'Nirgendwo'] });
    expect(chosen.charts.slice(1).map((c) => c.title.split(' ').slice(0, 2).join(' '))).toEqual(['Kommune 7', 'Kommune 3']);
    expect(String(cell(chosen, 3, 0))).toContain('Nirgendwo');
  });

  it('Prüfbericht links each finding to its cell; an empty report says the check found nothing', () => {
    const pb = byKey.pruefbericht!;
    expect(cell(pb, 4, 2)).toBe('Z3');
    expect(pb.blocks[1]?.cells[1]?.[2]?.link).toEqual({ sheet: 'Indikatoren', cell: 'Z3' });
    const clean = buildPruefbericht({ ...sample, issues: [] }, 'de');
    expect(cell(clean, 1, 0)).toBe('Die Prüfung hat nichts gefunden: alle Werte konnten gelesen werden.');
    expect(clean.table).toBeUndefined();
  });

  it('Methodik records the parameters, versions, time and input of the run', () => {
    const m = byKey.methodik!;
    const kv = Object.fromEntries(m.blocks[0]!.cells.filter((r) => r.length === 2).map((r) => [r[0]!.v, r[1]!.v]));
    expect(kv).toMatchObject({
      Methodenversion: '1',
      Programmversion: '0.1.0',
      'Berechnet am': '24.11.2026, 09:30',
      'Eingabe: Tabelle': 'Indikatoren',
      'Zeilen gelesen': 6,
      'Zeilen berechnet': 6,
    });
    expect(String(kv.Typregel)).toContain('Mehrheit');
  });

  it('the template has dropdowns for every rung and yes/no column and notes on every header; the sample notes carry the evidence', () => {
    const v = buildVorlage({ lang: 'de', sample: true });
    expect(v.validations).toHaveLength(10); // 6 rung columns + 4 yes/no columns
    expect(v.blocks[0]!.cells[0]!.every((c) => typeof c.note === 'string' && c.note.length > 10)).toBe(true);
    const dortmund = v.blocks[0]!.cells[1]!;
    expect(dortmund[0]!.v).toBe('Dortmund');
    expect(dortmund.find((c) => c.v === 'formalisiert')?.note).toContain('Beleg: es bestehen formalisierte');
    expect(buildVorlage({ lang: 'de', sample: false }).blocks[0]!.cells).toHaveLength(2);
  });

  it('Neues Jahr copies the latest row of every Kommune with Jahr + 1', () => {
    const grid = sampleGrid();
    const rows = newYearRows(grid).map((r) => r.values);
    expect(
      newYearRows(grid)
        .map((r) => grid.values[r.sourceIndex]![0])
        .sort(),
    ).toEqual(['Dortmund', 'Dresden', 'Halle (Saale)', 'Mönchengladbach', 'Nürnberg']);
    expect(rows.map((r) => `${r[0]} ${r[1]}`).sort()).toEqual([
      'Dortmund 2026',
      'Dresden 2026',
      'Halle (Saale) 2026',
      'Mönchengladbach 2026',
      'Nürnberg 2026',
    ]);
    const dresden = rows.find((r) => r[0] === 'Dresden')!;
    expect(dresden).toContain('projektbezogen');
  });
});
