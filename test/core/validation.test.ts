import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { RawValue } from '../../src/core/model/grid';
import { ValidationIssue } from '../../src/core/model/issue';
import { RunResult } from '../../src/core/model/result';
import { computeRun } from '../../src/core/run';
import { expectBilingual, grid, issuesWith, onlyIssue, rowOf, withoutSourceRow } from './helpers';

/**
 * Every validation message of the engine, on a table whose header row starts at C4 of sheet "Daten":
 * column C is the first column, row 5 the first data row. The addresses asserted here are sheet addresses.
 */

/** Every issue code the engine can produce. The last test checks this list against the source. */
const ALL_CODES = [
  'formula-error',
  'not-a-number',
  'negative',
  'not-integer',
  'not-a-percent',
  'percent-range',
  'percent-fraction',
  'not-yes-no',
  'unknown-rung',
  'bad-year',
  'duplicate-column',
  'missing-key-column',
  'missing-key',
  'duplicate-row',
  'einwohner-zero',
  'count-above-einwohner',
  'share-mismatch',
  'seats-above-total',
  'seats-no-total',
  'funding-no-basis',
] as const;

const tested = new Set<string>();

function run(header: RawValue[], rows: RawValue[][], numberFormats?: string[][]): RunResult {
  const result = computeRun(grid(header, rows, numberFormats === undefined ? {} : { numberFormats }));
  for (const issue of result.issues) ValidationIssue.parse(issue);
  return result;
}

interface Expected {
  severity: 'error' | 'warning';
  cell: string;
  related?: string[];
  indicator: string | null;
  value: string | null;
  /** Key words of the German message. */
  words: string[];
}

function expectIssue(issue: ValidationIssue, e: Expected): void {
  tested.add(issue.code);
  expect(issue.sheet).toBe('Daten');
  expect(issue.severity).toBe(e.severity);
  expect(issue.cell).toBe(e.cell);
  expect(issue.relatedCells).toEqual(e.related ?? []);
  expect(issue.indicator).toBe(e.indicator);
  expect(issue.value).toBe(e.value);
  expectBilingual(issue.message);
  for (const w of e.words) expect(issue.message.de).toContain(w);
  // row and col agree with the A1 address
  const m = /^([A-Z]+)(\d+)$/.exec(issue.cell)!;
  expect(issue.row).toBe(Number(m[2]));
  expect(issue.col).toBe(m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
}

const K = 'Kommune';
const J = 'Jahr';

describe('cell messages (one per parse rule)', () => {
  it.each<[string, string, RawValue, string, string | null, string[]]>([
    ['formula-error', 'Einwohner:innen', '#DIV/0!', 'einwohner', '#DIV/0!', ['Formelfehler #DIV/0!', 'Formel korrigieren']],
    ['formula-error', 'Form der Zusammenarbeit', '#NV', 'form_zusammenarbeit', '#NV', ['Formelfehler #NV']],
    ['not-a-number', 'Einwohner:innen', 'viele', 'einwohner', 'viele', ['Erwartet', 'Anzahl']],
    ['not-a-number', 'Fördervolumen (EUR/Jahr)', 'dreißig Euro', 'foerdervolumen_eur', 'dreißig Euro', ['Erwartet', 'Betrag in Euro']],
    ['negative', 'Schutzsuchende', '−5', 'schutzsuchende', '−5', ['nicht negativ']],
    ['not-integer', 'Einwohner:innen', 12.5, 'einwohner', '12.5', ['ganze Zahl', 'Anzahl']],
    [
      'not-a-percent',
      'Anteil mit Migrationsgeschichte',
      'viel',
      'anteil_migrationsgeschichte',
      'viel',
      ['Erwartet', 'Prozentwert', '0 und 100'],
    ],
    ['percent-range', 'Anteil Schutzsuchende', 120, 'anteil_schutzsuchende', '120', ['zwischen 0 und 100']],
    ['not-yes-no', 'konzept_mo', 'vielleicht', 'konzept_mo', 'vielleicht', ['Erwartet', 'ja oder nein']],
    ['unknown-rung', 'Förderform', 'sehr viel', 'foerderform', 'sehr viel', ['Unbekannte Stufe', '1 = keine', '5 = institutionell']],
  ])('%s: %s = %j', (code, header, raw, ind, value, words) => {
    const result = run([K, J, header, 'Ebene Praxis'], [['Dortmund', 2025, raw, 'Trägerverantwortung']]);
    expectIssue(onlyIssue(result, code), { severity: 'error', cell: 'E5', indicator: ind, value, words });
    expect(result.issues).toHaveLength(1);
    // The bad cell does not stop the run: the row is scored without that value.
    const row = rowOf(result, 'Dortmund', 2025);
    expect(row.items.ebene_praxis).toEqual({ score: 100 });
    expect(row.items[ind]).toBeUndefined();
    expect(row.context[ind]).toBeUndefined();
  });

  it('percent-fraction: 0.18 in a cell without percent format is read as 0.18 % with a warning, and kept', () => {
    const result = run([K, J, 'Anteil Personalzeit für MO-Zusammenarbeit'], [['Dortmund', 2025, 0.18]]);
    expectIssue(onlyIssue(result, 'percent-fraction'), {
      severity: 'warning',
      cell: 'E5',
      indicator: 'anteil_personal_mo',
      value: '0.18',
      words: ['Gelesen als 0,18 %', 'Falls 18 % gemeint ist', 'als Prozent formatieren'],
    });
    expect(rowOf(result, 'Dortmund', 2025).items.anteil_personal_mo?.basis).toBe(0.18);
  });

  it('percent-fraction does not apply to a cell formatted as percent: 0.18 → 18 %', () => {
    const result = run(
      [K, J, 'anteil_personal_mo'],
      [['Dortmund', 2025, 0.18]],
      [
        ['@', '@', '@'],
        ['@', '0', '0.0%'],
      ],
    );
    expect(result.issues).toEqual([]);
    expect(rowOf(result, 'Dortmund', 2025).items.anteil_personal_mo).toEqual({ score: 72, basis: 18 });
  });

  it('bad-year: the year cell is named and the row is not computed (no second "Jahr fehlt")', () => {
    const result = run(
      [K, J, 'Förderform'],
      [
        ['Dortmund', 'zwanzig', 'institutionell'],
        ['Halle (Saale)', 2025, 'keine'],
      ],
    );
    expectIssue(onlyIssue(result, 'bad-year'), {
      severity: 'error',
      cell: 'D5',
      indicator: 'jahr',
      value: 'zwanzig',
      words: ['Erwartet', 'Jahr', 'ganze Zahl'],
    });
    expect(result.issues).toHaveLength(1);
    expect(result.rows.map((r) => r.kommune)).toEqual(['Halle (Saale)']);
    expect(result.input.rowsRead).toBe(2);
    expect(result.input.rowsScored).toBe(1);
  });
});

describe('table messages', () => {
  it('duplicate-column: the second column is named with the first, only the first is used', () => {
    const result = run([K, J, 'Einwohner:innen', ' EINWOHNER '], [['Dortmund', 2025, 1000, 2000]]);
    expectIssue(onlyIssue(result, 'duplicate-column'), {
      severity: 'error',
      cell: 'F4',
      related: ['E4'],
      indicator: 'einwohner',
      value: ' EINWOHNER ',
      words: ['Einwohner:innen', 'doppelt', 'nur die erste (E4)'],
    });
    expect(rowOf(result, 'Dortmund', 2025).context.einwohner).toBe(1000);
  });

  it.each<[RawValue[], string, string]>([
    [[K, 'Einwohner:innen'], 'jahr', 'Jahr'],
    [['Jahr', 'Einwohner:innen'], 'kommune', 'Kommune'],
  ])('missing-key-column: %j lacks %s', (header, ind, label) => {
    const result = run(header, [['Dortmund', 1000]]);
    expectIssue(onlyIssue(result, 'missing-key-column'), {
      severity: 'error',
      cell: 'C4',
      indicator: ind,
      value: null,
      words: [`Spalte „${label}“ fehlt`, 'Kopfzeile'],
    });
    expect(result.rows).toEqual([]);
  });

  it('missing-key: an empty Kommune or Jahr names its cell; the row is not computed', () => {
    const result = run(
      [K, J, 'Förderform'],
      [
        [null, 2025, 'institutionell'],
        ['Halle (Saale)', null, 'keine'],
        ['k. A.', '---', 'keine'],
        [null, null, null], // an empty row is skipped, not reported
        ['Dresden', 2025, 'regelmäßig'],
      ],
    );
    const issues = issuesWith(result, 'missing-key');
    expect(issues).toHaveLength(4);
    expectIssue(issues[0]!, {
      severity: 'error',
      cell: 'C5',
      indicator: 'kommune',
      value: null,
      words: ['Die Kommune fehlt', 'nicht berechnet'],
    });
    expectIssue(issues[1]!, {
      severity: 'error',
      cell: 'D6',
      indicator: 'jahr',
      value: null,
      words: ['Das Jahr fehlt', 'nicht berechnet'],
    });
    expectIssue(issues[2]!, { severity: 'error', cell: 'C7', indicator: 'kommune', value: 'k. A.', words: ['Die Kommune fehlt'] });
    expectIssue(issues[3]!, { severity: 'error', cell: 'D7', indicator: 'jahr', value: '---', words: ['Das Jahr fehlt'] });
    expect(result.rows.map((r) => r.kommune)).toEqual(['Dresden']);
    expect(result.input.rowsRead).toBe(4);
  });

  describe('duplicate-row', () => {
    const rows: RawValue[][] = [
      ['Dortmund', 2025, 'institutionell'],
      ['Halle (Saale)', 2025, 'keine'],
      ['Dortmund', 2025, 'keine'],
    ];

    it('names both rows, each with the other, and computes neither', () => {
      const result = run([K, J, 'Förderform'], rows);
      const issues = issuesWith(result, 'duplicate-row');
      expect(issues).toHaveLength(2);
      const words = ['Dortmund 2025', 'mehrfach', 'Zeilen 5, 7', 'Keine dieser Zeilen wird berechnet'];
      expectIssue(issues[0]!, { severity: 'error', cell: 'C5', related: ['C7'], indicator: 'kommune', value: 'Dortmund', words });
      expectIssue(issues[1]!, { severity: 'error', cell: 'C7', related: ['C5'], indicator: 'kommune', value: 'Dortmund', words });
      expect(result.rows.map((r) => `${r.kommune} ${r.jahr}`)).toEqual(['Halle (Saale) 2025']);
    });

    it('does not depend on row order', () => {
      const a = run([K, J, 'Förderform'], rows);
      const b = run([K, J, 'Förderform'], [rows[2]!, rows[0]!, rows[1]!]);
      expect(b.rows.map(withoutSourceRow)).toEqual(a.rows.map(withoutSourceRow));
      expect(issuesWith(b, 'duplicate-row').map((i) => [i.cell, i.relatedCells])).toEqual([
        ['C5', ['C6']],
        ['C6', ['C5']],
      ]);
    });

    it('ignores case and surrounding spaces of the Kommune; three copies name the two others', () => {
      const result = run(
        [K, J],
        [
          ['Dortmund', 2025],
          [' dortmund ', 2025],
          ['DORTMUND', 2025],
          ['Dortmund', 2024],
        ],
      );
      const issues = issuesWith(result, 'duplicate-row');
      expect(issues.map((i) => [i.cell, i.relatedCells])).toEqual([
        ['C5', ['C6', 'C7']],
        ['C6', ['C5', 'C7']],
        ['C7', ['C5', 'C6']],
      ]);
      for (const i of issues) expect(i.message.de).toContain('Zeilen 5, 6, 7');
      expect(result.rows.map((r) => r.jahr)).toEqual([2024]);
    });
  });
});

describe('consistency messages', () => {
  it('einwohner-zero: 0 inhabitants is an error and einwohner is not used', () => {
    const result = run(
      [K, J, 'Einwohner:innen', 'Anteil mit Migrationsgeschichte', 'Fördervolumen (EUR/Jahr)'],
      [['Dortmund', 2025, 0, 40, 1000]],
    );
    expectIssue(onlyIssue(result, 'einwohner-zero'), {
      severity: 'error',
      cell: 'E5',
      indicator: 'einwohner',
      value: '0',
      words: ['Einwohnerzahl', 'größer als 0'],
    });
    const row = rowOf(result, 'Dortmund', 2025);
    expect(row.context.einwohner).toBeUndefined();
    // without einwohner the funding has no basis
    expect(onlyIssue(result, 'funding-no-basis').cell).toBe('G5');
    expect(row.items.foerdervolumen_eur).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['Menschen mit Migrationsgeschichte', 'einwohner_migrationsgeschichte', 'Menschen mit Migrationsgeschichte'],
    ['Ausländische Bevölkerung', 'auslaendische_bevoelkerung', 'Ausländische Bevölkerung'],
    ['schutzsuchende', 'schutzsuchende', 'Schutzsuchende'],
  ])('count-above-einwohner: %s above einwohner names both cells', (header, id, label) => {
    const result = run([K, J, 'Einwohner:innen', header], [['Dortmund', 2025, 1000, 2000]]);
    expectIssue(onlyIssue(result, 'count-above-einwohner'), {
      severity: 'error',
      cell: 'F5',
      related: ['E5'],
      indicator: id,
      value: '2000',
      words: [`${label} (2.000)`, 'größer als die Einwohnerzahl (1.000)', 'nicht verwendet'],
    });
    const row = rowOf(result, 'Dortmund', 2025);
    expect(row.context[id]).toBeUndefined();
    expect(row.context.einwohner).toBe(1000);
  });

  describe('share-mismatch', () => {
    const header = [K, J, 'Einwohner:innen', 'Menschen mit Migrationsgeschichte', 'Anteil mit Migrationsgeschichte'];

    it('a share more than 0.5 percentage points off the count is a warning naming share, count and einwohner; the data is kept', () => {
      const result = run(header, [['Dortmund', 2025, 1000, 400, 45]]);
      expectIssue(onlyIssue(result, 'share-mismatch'), {
        severity: 'warning',
        cell: 'G5',
        related: ['F5', 'E5'],
        indicator: 'anteil_migrationsgeschichte',
        value: '45',
        words: ['Anteil 45 %', 'passt nicht', '400 von 1.000 sind 40 %', 'beide Zellen prüfen'],
      });
      const row = rowOf(result, 'Dortmund', 2025);
      expect(row.context).toMatchObject({ einwohner: 1000, einwohner_migrationsgeschichte: 400, anteil_migrationsgeschichte: 45 });
    });

    it.each<[number, boolean]>([
      [40, false],
      [40.4, false],
      [39.6, false],
      [40.5, false], // exactly 0.5 points: still within
      [40.6, true],
      [39.4, true],
      [0, true],
    ])('share %d for 400 of 1000: warning %s', (share, warned) => {
      const result = run(header, [['Dortmund', 2025, 1000, 400, share]]);
      expect(issuesWith(result, 'share-mismatch')).toHaveLength(warned ? 1 : 0);
      expect(result.rows).toHaveLength(1);
    });

    it('checks all three count/share pairs', () => {
      const result = run(
        [K, J, 'einwohner', 'auslaendische_bevoelkerung', 'anteil_auslaendisch', 'schutzsuchende', 'anteil_schutzsuchende'],
        [['Dortmund', 2025, 10000, 1500, 20, 300, 3]],
      );
      const issue = onlyIssue(result, 'share-mismatch');
      expectIssue(issue, {
        severity: 'warning',
        cell: 'G5',
        related: ['F5', 'E5'],
        indicator: 'anteil_auslaendisch',
        value: '20',
        words: ['1.500 von 10.000 sind 15 %'],
      });
    });
  });

  it('seats-above-total: more MO seats than seats in total names both cells; the seat share is not scored', () => {
    const result = run([K, J, 'Sitze von MO-Vertreter:innen im Gremium', 'Sitze im Gremium insgesamt'], [['Dortmund', 2025, 12, 10]]);
    expectIssue(onlyIssue(result, 'seats-above-total'), {
      severity: 'error',
      cell: 'E5',
      related: ['F5'],
      indicator: 'gremium_sitze_mo',
      value: '12',
      words: ['Mehr MO-Sitze (12) als Sitze insgesamt (10)', 'nicht berechnet'],
    });
    expect(rowOf(result, 'Dortmund', 2025).items.gremium_sitze_mo).toBeUndefined();
  });

  it.each<[RawValue[], RawValue[]]>([
    [
      [K, J, 'gremium_sitze_mo'],
      ['Dortmund', 2025, 3],
    ],
    [
      [K, J, 'gremium_sitze_mo', 'gremium_sitze_gesamt'],
      ['Dortmund', 2025, 3, null],
    ],
    [
      [K, J, 'gremium_sitze_mo', 'gremium_sitze_gesamt'],
      ['Dortmund', 2025, 0, 0],
    ],
  ])('seats-no-total: %j %j', (header, row) => {
    const result = run(header, [row]);
    expectIssue(onlyIssue(result, 'seats-no-total'), {
      severity: 'warning',
      cell: 'E5',
      indicator: 'gremium_sitze_mo',
      value: String(row[2]),
      words: ['Sitzanteil', 'Gesamtzahl der Sitze', 'zählt der Wert nicht'],
    });
    expect(rowOf(result, 'Dortmund', 2025).items.gremium_sitze_mo).toBeUndefined();
  });

  it('funding-no-basis: funding without people with migration history is a warning and does not count', () => {
    const result = run([K, J, 'Fördervolumen (EUR/Jahr)', 'Einwohner:innen'], [['Dortmund', 2025, '30.000 €', 614000]]);
    expectIssue(onlyIssue(result, 'funding-no-basis'), {
      severity: 'warning',
      cell: 'E5',
      indicator: 'foerdervolumen_eur',
      value: '30000', // the checks across cells report the value as read, not the cell text
      words: ['Fördervolumen', 'je Person mit Migrationsgeschichte', 'zählt der Wert nicht'],
    });
    expect(rowOf(result, 'Dortmund', 2025).items.foerdervolumen_eur).toBeUndefined();
  });

  it('funding with a basis gives no warning', () => {
    const result = run([K, J, 'foerdervolumen_eur', 'einwohner', 'anteil_migrationsgeschichte'], [['Dortmund', 2025, 50000, 100000, 20]]);
    expect(result.issues).toEqual([]);
    expect(rowOf(result, 'Dortmund', 2025).items.foerdervolumen_eur).toEqual({ score: 25, basis: 2.5 });
  });
});

describe('the run goes on', () => {
  it('a row full of bad cells is still scored with what is readable', () => {
    const result = run(
      [
        K,
        J,
        'Einwohner:innen',
        'Form der Zusammenarbeit',
        'konzept_mo',
        'Ebene Praxis',
        'Ebene Koordination',
        'Ebene Strategie',
        'Förderform',
        'Räume',
      ],
      [['Dortmund', 2025, '#WERT!', 'sehr eng', 'ja', 'kontinuierliche Aufgaben', 7, '#N/A', 'regelmäßig', 'Palast']],
    );
    expect(result.issues.map((i) => [i.cell, i.code])).toEqual([
      ['E5', 'formula-error'],
      ['F5', 'unknown-rung'],
      ['I5', 'unknown-rung'],
      ['J5', 'formula-error'],
      ['L5', 'unknown-rung'],
    ]);
    const row = rowOf(result, 'Dortmund', 2025);
    expect(Object.keys(row.items).sort()).toEqual(['ebene_praxis', 'foerderform', 'konzept_mo']);
    expect(row.criteria.K1).toMatchObject({ score: 100, level: null, estimated: false });
    expect(row.criteria.K3).toMatchObject({ score: 45, level: 2 });
  });
});

describe('headers', () => {
  it('unknown extra columns are listed and ignored, without any issue', () => {
    const result = run(
      ['Bemerkung', K, null, J, 42, 'Förderform', 'Quelle (Seite)'],
      [['siehe Bericht', 'Dortmund', 'x', 2025, 7, 'institutionell', 'S. 12']],
    );
    expect(result.issues).toEqual([]);
    expect(result.input.columns).toEqual([
      { header: 'Bemerkung', indicator: null, cell: 'C4' },
      { header: K, indicator: 'kommune', cell: 'D4' },
      { header: null, indicator: null, cell: 'E4' },
      { header: J, indicator: 'jahr', cell: 'F4' },
      { header: 42, indicator: null, cell: 'G4' },
      { header: 'Förderform', indicator: 'foerderform', cell: 'H4' },
      { header: 'Quelle (Seite)', indicator: null, cell: 'I4' },
    ]);
    expect(result.input.address).toBe('C4:I5');
    expect(result.input.sheet).toBe('Daten');
    expect(rowOf(result, 'Dortmund', 2025).items.foerderform).toEqual({ score: 100 });
    expect(rowOf(result, 'Dortmund', 2025).sourceRow).toBe(5);
  });

  it.each<[string, string]>([
    ['form_zusammenarbeit', 'id'],
    ['FORM_ZUSAMMENARBEIT', 'id, upper case'],
    ['  form_zusammenarbeit  ', 'id, surrounding spaces'],
    ['Form der Zusammenarbeit', 'German label'],
    ['form der zusammenarbeit', 'German label, lower case'],
    ['\tForm der Zusammenarbeit\u00a0', 'German label, tab and no-break space'],
    ['Form of cooperation', 'English label'],
    [' FORM OF COOPERATION ', 'English label, upper case'],
  ])('header %j (%s) is form_zusammenarbeit', (header) => {
    const result = run(['kommune', ' JAHR ', header], [['Dortmund', 2025, 'formalisiert']]);
    expect(result.issues).toEqual([]);
    expect(result.input.columns.map((c) => c.indicator)).toEqual(['kommune', 'jahr', 'form_zusammenarbeit']);
    expect(rowOf(result, 'Dortmund', 2025).items.form_zusammenarbeit).toEqual({ score: 50 });
  });

  it('key columns by English label', () => {
    const result = run(['Municipality', 'Year', 'Inhabitants'], [['Dortmund', 2025, 614000]]);
    expect(result.issues).toEqual([]);
    expect(rowOf(result, 'Dortmund', 2025).context.einwohner).toBe(614000);
  });

  it('addresses follow the origin: the same table at A1 of another sheet', () => {
    const result = computeRun(grid([K, J, 'Einwohner:innen'], [['Dortmund', 2025, -1]], { origin: { row: 0, col: 0 }, sheet: 'Tabelle1' }));
    expect(result.issues.map((i) => [i.sheet, i.cell, i.row, i.col])).toEqual([['Tabelle1', 'C2', 2, 3]]);
    const far = computeRun(grid([K, J, 'Einwohner:innen'], [['Dortmund', 2025, -1]], { origin: { row: 99, col: 26 } }));
    expect(far.issues.map((i) => i.cell)).toEqual(['AC101']);
    expect(far.input.address).toBe('AA100:AC101');
  });
});

describe('completeness', () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
    });
  }

  it('every issue code in src/core is in the list above and was asserted in this file', () => {
    const inSource = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '../../src/core'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:\bcode: |\binvalid\()\s*'([a-z][a-z0-9-]*)'/g)) if (m[1] !== 'custom') inSource.add(m[1]!);
    }
    expect([...inSource].sort()).toEqual([...ALL_CODES].sort());
    expect([...tested].sort()).toEqual([...ALL_CODES].sort());
  });
});
