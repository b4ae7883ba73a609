import fc from 'fast-check';
import { a1, parseA1 } from '../../src/core/address';
import { CATALOGUE, indicator } from '../../src/core/catalogue';
import { DEFAULT_METHOD } from '../../src/core/method';
import { RawGrid, RawValue } from '../../src/core/model/grid';
import { Indicator } from '../../src/core/model/indicator';
import { CRITERIA } from '../../src/core/model/level';
import { Method, TYPE_RULES } from '../../src/core/model/method';
import { ValidationIssue } from '../../src/core/model/issue';
import { RunResult } from '../../src/core/model/result';
import { parseCell } from '../../src/core/parse/cell';
import { isMissing } from '../../src/core/parse/markers';
import { computeRun } from '../../src/core/run';
import { indicatorForHeader } from '../../src/core/table/headers';
import { withoutSourceRow } from './helpers';

/**
 * Properties of the engine on random tables. A table is a list of columns (indicator ids, Kommune and Jahr
 * among them or not) and rows of cells; a cell is a raw value, its number format and, for rung and yes/no
 * cells with a readable value, the rung it stands for (so a test can raise it).
 */

const RUNS = { numRuns: 120 } as const;

interface Cell {
  raw: RawValue;
  fmt: string;
  rung?: { index: number; style: number };
}

interface Table {
  ids: string[];
  headerStyles: number[];
  rows: Cell[][];
  origin: { row: number; col: number };
}

const MISSING: RawValue[] = [null, '', '   ', '---', '–', 'k.A.', 'k. A.', 'n/a'];
const ERRORS = ['#DIV/0!', '#NV', '#WERT!', '#N/A', '#BEZUG!', '#NAME?'];
const NAMES = [
  'Dortmund',
  'Dresden',
  'Halle (Saale)',
  'Nürnberg',
  'Mönchengladbach',
  'Köln',
  'köln',
  'KÖLN',
  'Öhringen',
  'Aachen',
  'Ülzen',
  'Zwickau',
];

function rungCount(ind: Indicator): number {
  const s = ind.scoring;
  return s?.type === 'rungs' ? s.rungs.length : s?.type === 'yesno' ? 2 : 0;
}

/** A rung or yes/no value in one of the ways users write it. */
function renderRung(ind: Indicator, index: number, style: number): RawValue {
  const s = ind.scoring!;
  if (s.type === 'yesno') {
    const forms: Array<[RawValue, RawValue]> = [
      ['nein', 'ja'],
      ['no', 'yes'],
      [false, true],
      [0, 1],
      ['FALSCH', 'WAHR'],
      ['false', 'true'],
      ['0', '1'],
      ['Nein', 'Ja'],
    ];
    return forms[style % forms.length]![index]!;
  }
  if (s.type !== 'rungs') throw new Error(`${ind.id} has no rungs`);
  const label = s.rungs[index]!.label;
  const forms: RawValue[] = [
    label.de,
    label.en,
    label.de.toUpperCase(),
    index + 1,
    String(index + 1),
    ` ${label.de} `,
    label.de.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/-/g, '–'),
  ];
  return forms[style % forms.length]!;
}

const missingCell: fc.Arbitrary<Cell> = fc.constantFrom(...MISSING).map((raw) => ({ raw, fmt: '' }));

function validCell(ind: Indicator): fc.Arbitrary<Cell> {
  switch (ind.unit) {
    case 'rung':
    case 'yesno':
      return fc
        .record({ index: fc.nat(rungCount(ind) - 1), style: fc.nat(20) })
        .map(({ index, style }) => ({ raw: renderRung(ind, index, style), fmt: '', rung: { index, style } }));
    case 'text':
      return fc
        .oneof(
          { weight: 4, arbitrary: fc.constantFrom(...NAMES, 'VMDO e.V.') },
          { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
        )
        .map((raw) => ({ raw, fmt: '' }));
    case 'year':
      return fc
        .oneof(fc.integer({ min: 2022, max: 2025 }), fc.integer({ min: 2022, max: 2025 }).map(String))
        .map((raw) => ({ raw, fmt: '' }));
    case 'count':
      return fc
        .tuple(fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 2_000_000 })), fc.nat(3))
        .map(([n, style]) => ({ raw: [n, n.toLocaleString('de-DE'), n.toLocaleString('en-US'), String(n)][style]!, fmt: '' }));
    case 'eur':
      return fc
        .tuple(fc.integer({ min: 0, max: 500_000 }), fc.nat(2))
        .map(([n, style]) => ({ raw: [n, `${n.toLocaleString('de-DE')} €`, n / 4][style]!, fmt: '' }));
    case 'percent':
      return fc
        .tuple(
          fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
          fc.nat(3),
        )
        .map(([p, style]): Cell => {
          if (style === 0) return { raw: p, fmt: '' };
          if (style === 1) return { raw: p / 100, fmt: '0.0%' };
          if (style === 2) return { raw: `${String(p).replace('.', ',')} %`, fmt: '' };
          return { raw: p / 100, fmt: '' }; // a fraction without percent format: read as is, with a warning
        });
  }
}

function invalidCell(ind: Indicator): fc.Arbitrary<Cell> {
  const byUnit: Record<Indicator['unit'], RawValue[]> = {
    text: [],
    year: [1800, 'zwanzig', 2025.5],
    count: [-5, 1.5, 'viele', '1.23.456', true],
    eur: [-100, 'dreißig', false],
    percent: [150, -3, 'viel', true],
    rung: [0, rungCount(ind) + 1, 'Unsinn', true],
    yesno: [2, 'vielleicht', 0.5],
  };
  return fc.oneof(fc.constantFrom(...ERRORS, ...byUnit[ind.unit]), fc.string({ maxLength: 6 })).map((raw) => ({ raw, fmt: '' }));
}

/** Mostly readable values, so that many rows get levels and types; keys are rarely broken. */
function anyCell(ind: Indicator): fc.Arbitrary<Cell> {
  const valid = ind.kind === 'key' ? 16 : 8;
  return fc.oneof(
    { weight: valid, arbitrary: validCell(ind) },
    { weight: 1, arbitrary: missingCell },
    { weight: 1, arbitrary: invalidCell(ind) },
  );
}

const NON_KEY_IDS = CATALOGUE.filter((i) => i.kind !== 'key').map((i) => i.id);
const originArb = fc.record({ row: fc.nat(30), col: fc.nat(30) });

/** A subset of the non-key indicators: lead items in most tables, the others in about half. */
const othersArb: fc.Arbitrary<string[]> = fc
  .tuple(...NON_KEY_IDS.map(() => fc.integer({ min: 0, max: 99 })))
  .map((dice) => NON_KEY_IDS.filter((id, i) => dice[i]! < (indicator(id).kind === 'lead' ? 85 : 50)));

/** A random table: Kommune and Jahr (usually), any subset of the other indicators, in any column order. */
const tableArb: fc.Arbitrary<Table> = fc
  .record({
    keys: fc.oneof(
      { weight: 8, arbitrary: fc.constant(['kommune', 'jahr']) },
      { weight: 1, arbitrary: fc.constantFrom(['kommune'], ['jahr'], []) },
    ),
    others: othersArb,
  })
  .chain(({ keys, others }) => fc.shuffledSubarray([...keys, ...others], { minLength: keys.length + others.length }))
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      headerStyles: fc.array(fc.nat(4), { minLength: ids.length, maxLength: ids.length }),
      rows: fc.array(fc.tuple(...ids.map((id) => anyCell(indicator(id)))), { minLength: 1, maxLength: 7 }),
      origin: originArb,
    }),
  );

/** A table with unique, valid keys on every row, for properties that follow one row. */
const keyedTableArb: fc.Arbitrary<Table> = fc
  .record({
    others: othersArb.filter((ids) => ids.length > 0),
    keys: fc.uniqueArray(fc.record({ kommune: fc.constantFrom(...NAMES), jahr: fc.integer({ min: 2022, max: 2025 }) }), {
      minLength: 1,
      maxLength: 6,
      selector: (k) => `${k.kommune.toLocaleLowerCase('de-DE')}|${k.jahr}`,
    }),
  })
  .chain(({ others, keys }) =>
    fc.record({
      ids: fc.constant(['kommune', 'jahr', ...others]),
      headerStyles: fc.array(fc.nat(4), { minLength: others.length + 2, maxLength: others.length + 2 }),
      rows: fc.tuple(
        ...keys.map((k) =>
          fc
            .tuple(...others.map((id) => anyCell(indicator(id))))
            .map((cells): Cell[] => [{ raw: k.kommune, fmt: '' }, { raw: k.jahr, fmt: '' }, ...cells]),
        ),
      ),
      origin: originArb,
    }),
  );

function header(id: string, style: number): RawValue {
  const ind = indicator(id);
  return [id, ind.label.de, ind.label.en, id.toUpperCase(), `  ${ind.label.de.toLowerCase()} `][style % 5]!;
}

function toGrid(t: Table, sheet = 'Daten'): RawGrid {
  return {
    sheet,
    origin: t.origin,
    values: [t.ids.map((id, i) => header(id, t.headerStyles[i]!)), ...t.rows.map((r) => r.map((c) => c.raw))],
    numberFormats: [t.ids.map(() => 'General'), ...t.rows.map((r) => r.map((c) => c.fmt || 'General'))],
  };
}

/** An issue without where it is, to compare runs over tables whose rows or columns moved. */
const issueKey = (i: ValidationIssue): string => JSON.stringify([i.code, i.severity, i.indicator, i.value]);

function expectInRange(result: RunResult): void {
  const inScore = (s: number | null | undefined) => s === null || s === undefined || (s >= 0 && s <= 100);
  for (const row of result.rows) {
    for (const item of Object.values(row.items)) expect(inScore(item.score)).toBe(true);
    for (const c of CRITERIA) {
      const cr = row.criteria[c];
      expect(inScore(cr.score)).toBe(true);
      expect(cr.coverage).toBeGreaterThanOrEqual(0);
      expect(cr.coverage).toBeLessThanOrEqual(1);
      expect([1, 2, 3, null]).toContain(cr.level);
      // a level needs a score; an estimated level needs a missing lead
      if (cr.level !== null) expect(cr.score).not.toBeNull();
      if (cr.estimated) expect(cr.level).not.toBeNull();
    }
    expect(inScore(row.overall)).toBe(true);
    for (const v of Object.values(row.radar)) expect(inScore(v)).toBe(true);
    expect([1, 2, 3, null]).toContain(row.type);
    if (row.stability !== null) expect([1, 2, 3]).toContain(row.stability);
  }
}

describe('scores stay in range and results fit the schema', () => {
  it('every score within 0..100, coverage within 0..1, RunResult.parse accepts the result, under each rule', () => {
    fc.assert(
      fc.property(tableArb, fc.constantFrom(...TYPE_RULES), (t, rule) => {
        const result = computeRun(toGrid(t), { ...DEFAULT_METHOD, rule });
        expectInRange(result);
        RunResult.parse(result);
        expect(result.input.rowsScored).toBe(result.rows.length);
        expect(result.rows.length).toBeLessThanOrEqual(result.input.rowsRead);
      }),
      RUNS,
    );
  });
});

describe('monotonicity', () => {
  /*
   * "Raising an item never lowers" is read as follows. Raising (nein → ja, rung k → k+1) keeps the set of
   * items present, so whether a criterion has a level, and whether that level is estimated, cannot change:
   * a level that was null stays null, a known level stays known and does not go down, whether it comes
   * from the lead items or is estimated from the score (the estimate follows the score, which does not go
   * down). The same holds for the type under each rule (the number of known levels is unchanged) and the
   * overall score. A null level is therefore never compared with a known one.
   */
  const raise = (t: Table, pick: number): { raised: Table; row: number } | null => {
    const candidates: Array<[number, number]> = [];
    t.rows.forEach((r, ri) =>
      r.forEach((c, ci) => {
        if (c.rung && c.rung.index + 1 < rungCount(indicator(t.ids[ci]!))) candidates.push([ri, ci]);
      }),
    );
    if (candidates.length === 0) return null;
    const [ri, ci] = candidates[pick % candidates.length]!;
    const cell = t.rows[ri]![ci]!;
    const index = cell.rung!.index + 1;
    const raisedCell: Cell = {
      raw: renderRung(indicator(t.ids[ci]!), index, cell.rung!.style),
      fmt: '',
      rung: { index, style: cell.rung!.style },
    };
    const rows = t.rows.map((r, i) => (i === ri ? r.map((c, j) => (j === ci ? raisedCell : c)) : r));
    return { raised: { ...t, rows }, row: ri };
  };

  const notLower = (before: number | null, after: number | null): boolean =>
    before === null ? after === null : after !== null && after >= before - 1e-9;

  it('raising a rung or yes/no item never lowers criterion scores, levels, the type or the overall score', () => {
    let raisedRuns = 0;
    fc.assert(
      fc.property(keyedTableArb, fc.nat(1000), (t, pick) => {
        const r = raise(t, pick);
        if (!r) return;
        raisedRuns++;
        const kommune = t.rows[r.row]![0]!.raw;
        const jahr = Number(t.rows[r.row]![1]!.raw);
        for (const rule of TYPE_RULES) {
          const method: Method = { ...DEFAULT_METHOD, rule };
          const find = (res: RunResult) => res.rows.find((x) => x.kommune === kommune && x.jahr === jahr)!;
          const before = find(computeRun(toGrid(t), method));
          const after = find(computeRun(toGrid(r.raised), method));
          for (const c of CRITERIA) {
            expect(notLower(before.criteria[c].score, after.criteria[c].score)).toBe(true);
            expect(notLower(before.criteria[c].level, after.criteria[c].level)).toBe(true);
            expect(after.criteria[c].estimated).toBe(before.criteria[c].estimated);
            expect(after.criteria[c].coverage).toBe(before.criteria[c].coverage);
          }
          expect(notLower(before.type, after.type)).toBe(true);
          for (const other of TYPE_RULES) expect(notLower(before.typeByRule[other], after.typeByRule[other])).toBe(true);
          expect(notLower(before.overall, after.overall)).toBe(true);
        }
      }),
      RUNS,
    );
    expect(raisedRuns).toBeGreaterThan(RUNS.numRuns / 2);
  });
});

describe('row and column order', () => {
  it('shuffling the data rows changes nothing but sourceRow', () => {
    fc.assert(
      fc.property(
        tableArb.chain((t) => fc.tuple(fc.constant(t), fc.shuffledSubarray(t.rows, { minLength: t.rows.length }))),
        ([t, shuffled]) => {
          const a = computeRun(toGrid(t));
          const b = computeRun(toGrid({ ...t, rows: shuffled }));
          expect(b.rows.map(withoutSourceRow)).toEqual(a.rows.map(withoutSourceRow));
          expect(b.years).toEqual(a.years);
          expect(b.input.rowsRead).toBe(a.input.rowsRead);
          expect(b.input.rowsScored).toBe(a.input.rowsScored);
          expect(b.issues.map(issueKey).sort()).toEqual(a.issues.map(issueKey).sort());
        },
      ),
      RUNS,
    );
  });

  const unknownHeader = fc
    .oneof(
      fc.constantFrom('Bemerkung', 'Quelle', 'Notiz', 'ID', '', 'Einwohner 2023'),
      fc.string({ maxLength: 10 }),
      fc.constant(null),
      fc.integer(),
    )
    .filter((h) => indicatorForHeader(h) === undefined);
  const anyRaw: fc.Arbitrary<RawValue> = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(...ERRORS, ...MISSING),
  );

  /** The issue with its cells moved back, as if the inserted column were not there. */
  function shiftBack(i: ValidationIssue, insertedCol: number): unknown {
    const back = (cell: string) => {
      const { row, col } = parseA1(cell);
      return a1(row, col > insertedCol ? col - 1 : col);
    };
    return { ...i, cell: back(i.cell), relatedCells: i.relatedCells.map(back), col: parseA1(back(i.cell)).col + 1, message: null };
  }

  it('an unknown column inserted at any position changes nothing but the column info', () => {
    fc.assert(
      fc.property(
        tableArb.chain((t) =>
          fc.record({
            t: fc.constant(t),
            at: fc.nat(t.ids.length),
            head: unknownHeader,
            cells: fc.array(anyRaw, { minLength: t.rows.length, maxLength: t.rows.length }),
          }),
        ),
        ({ t, at, head, cells }) => {
          const base = toGrid(t);
          const insert = <T>(row: T[], v: T): T[] => [...row.slice(0, at), v, ...row.slice(at)];
          const wider: RawGrid = {
            ...base,
            values: base.values.map((row, r) => insert(row, r === 0 ? head : cells[r - 1]!)),
            numberFormats: base.numberFormats!.map((row) => insert(row, 'General')),
          };
          const a = computeRun(base);
          const b = computeRun(wider);
          expect(b.rows).toEqual(a.rows);
          expect(b.input.columns.filter((c) => c.indicator !== null).map((c) => c.indicator)).toEqual(
            a.input.columns.filter((c) => c.indicator !== null).map((c) => c.indicator),
          );
          // A note in an unknown column of an otherwise empty row makes the row count as read (and be
          // reported for its missing keys); apart from that, the issues are the same, at the same cells.
          const notesOnEmptyRows = t.rows.some((r, i) => r.every((c) => isMissing(c.raw)) && !isMissing(cells[i]!));
          if (!notesOnEmptyRows) {
            expect(b.input.rowsRead).toBe(a.input.rowsRead);
            const insertedCol = t.origin.col + at;
            expect(b.issues.map((i) => shiftBack(i, insertedCol))).toEqual(a.issues.map((i) => ({ ...i, message: null })));
          }
        },
      ),
      RUNS,
    );
  });
});

describe('robustness', () => {
  const errorValue = fc.constantFrom(...ERRORS, '#ÜBERLAUF!', ' #DIV/0! ', '#div/0!');
  const anyValue: fc.Arbitrary<RawValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 0.18, 1e308, -1e-308, Number.MAX_SAFE_INTEGER + 2),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    errorValue,
    fc.constantFrom(...MISSING, 'keine', 'ja', '88.692', '7,6 %', '1,234.5', '−5', 'Trägerverantwortung', 'teil–institutionell'),
  );
  const anyFormat = fc.oneof(
    fc.constant(''),
    fc.constantFrom('0%', '0.0%', '"0%"', '0.0" %"', 'General', '@', '#,##0', '0%;[Red]-0%'),
    fc.string({ maxLength: 8 }),
  );

  it('parseCell never throws, for every indicator, any value and any number format', () => {
    fc.assert(
      fc.property(anyValue, anyFormat, (raw, fmt) => {
        for (const ind of CATALOGUE) {
          const parsed = parseCell(raw, ind, fmt);
          expect(['value', 'missing', 'invalid']).toContain(parsed.kind);
          const problem = parsed.kind === 'invalid' ? parsed.problem : parsed.kind === 'value' ? parsed.warning : undefined;
          if (problem) {
            expect(problem.message.de.length).toBeGreaterThan(0);
            expect(problem.message.en.length).toBeGreaterThan(0);
            expect(problem.message.de).not.toBe(problem.message.en);
          }
          if (parsed.kind === 'value' && typeof parsed.value === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  const knownHeader = fc.constantFrom(...CATALOGUE.flatMap((i) => [i.id, i.label.de, i.label.en]));
  const rawGridArb: fc.Arbitrary<RawGrid> = fc.record(
    {
      sheet: fc.string(),
      origin: originArb,
      values: fc.array(fc.array(fc.oneof(anyValue, knownHeader), { maxLength: 10 }), { maxLength: 8 }),
      numberFormats: fc.array(fc.array(anyFormat, { maxLength: 10 }), { maxLength: 8 }),
    },
    { requiredKeys: ['sheet', 'origin', 'values'] },
  );

  it('computeRun never throws on arbitrary grids (ragged rows, any values), and valid grids give schema-valid results', () => {
    fc.assert(
      fc.property(rawGridArb, fc.constantFrom(...TYPE_RULES), (g, rule) => {
        const result = computeRun(g, { ...DEFAULT_METHOD, rule });
        expect(result.rows.length).toBeLessThanOrEqual(result.input.rowsRead);
        if (RawGrid.safeParse(g).success) {
          RunResult.parse(result);
          expectInRange(result);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, RawValue[][]]>([
    ['an empty grid', []],
    ['an empty header row', [[]]],
    ['a header-only grid', [['Kommune', 'Jahr', 'Förderform']]],
    ['a header row without keys', [['Bemerkung'], ['x']]],
    [
      'ragged rows',
      [['Kommune', 'Jahr', 'Förderform'], ['Dortmund'], ['Dresden', 2025, 'keine', 'extra', 'more'], [], ['Halle (Saale)', 2025]],
    ],
  ])('computeRun on %s', (_, values) => {
    const result = computeRun({ sheet: 'Daten', origin: { row: 3, col: 2 }, values });
    RunResult.parse(result);
    expect(result.input.address).toMatch(/^C4:[A-Z]+\d+$/);
  });
});
