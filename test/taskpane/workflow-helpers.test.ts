import { defaultMethodV1 } from '../../src/core/method';
import { RunResult } from '../../src/core/model/result';
import { runSample } from '../../src/core/run-sample';
import { isDarkColour, languageOf } from '../../src/taskpane/host-settings';
import { fill, joinWords, sayCount } from '../../src/taskpane/texts';
import { describeItem } from '../../src/taskpane/workflow/item-text';
import { choiceRequest, keepChoice, kommunenOf, NO_CHOICE } from '../../src/taskpane/workflow/kommune-choice';
import { checkDraft, defaultDraft, draftOf, isDirty, parseWeight } from '../../src/taskpane/workflow/method-draft';
import {
  groupIssues,
  leftOut,
  pickYear,
  previousRow,
  sourceFromKey,
  sourceKey,
  strengthsAndWeaknesses,
  summarise,
} from '../../src/taskpane/workflow/summary';

const sample = runSample();
const row = (kommune: string, jahr: number) => sample.rows.find((r) => r.kommune === kommune && r.jahr === jahr)!;

describe('summary helpers', () => {
  it('summarises the input', () => {
    expect(summarise(sample)).toEqual({ rowsRead: 6, rowsScored: 6, kommunen: 5, years: [2024, 2025] });
  });

  it('groups issues errors first, then by indicator', () => {
    const base = sample.issues[0]!;
    const issues = [base, { ...base, severity: 'error' as const, indicator: null, cell: 'A1' }, { ...base, cell: 'Z4' }];
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.severity, g.count, g.groups.map((x) => x.indicator)])).toEqual([
      ['error', 1, [null]],
      ['warning', 2, ['foerdervolumen_eur']],
    ]);
    expect(groups[1]!.groups[0]!.label?.de).toBe('Fördervolumen (EUR/Jahr)');
  });

  it('counts what errors leave out: rows and values of computed rows', () => {
    const base = sample.issues[0]!;
    const result: RunResult = {
      ...sample,
      input: { ...sample.input, rowsRead: 8 },
      issues: [
        { ...base, severity: 'error', row: 2, cell: 'C2' },
        { ...base, severity: 'error', row: 2, cell: 'C2', code: 'other' },
        { ...base, severity: 'error', row: 9, cell: 'A9' },
      ],
    };
    expect(leftOut(result)).toEqual({ rows: 2, cells: 1 });
  });

  it('finds the previous year of a Kommune', () => {
    expect(previousRow(sample, row('Dresden', 2025))?.jahr).toBe(2024);
    expect(previousRow(sample, row('Dortmund', 2025))).toBeUndefined();
  });

  it('names strengths and weaknesses by the highest and lowest item scores', () => {
    const words = strengthsAndWeaknesses(row('Dresden', 2025), sample.method);
    expect(words.strengths.map((i) => describeItem(i, 'de'))).toEqual(['Räume: eigene Räume (67,0 Punkte)']);
    expect(words.weaknesses.map((i) => describeItem(i, 'en'))).toEqual(['Form of funding: project-based (20.0 points)']);
    const nuernberg = strengthsAndWeaknesses(row('Nürnberg', 2025), sample.method);
    expect(nuernberg.weaknesses).toHaveLength(3);
    expect(nuernberg.moreWeaknesses).toBeGreaterThan(0);
  });

  it('reports equal scores instead of inventing strengths', () => {
    const r = row('Dortmund', 2025);
    const flat = { ...r, items: { form_zusammenarbeit: { score: 50 }, ebene_praxis: { score: 50 } } };
    expect(strengthsAndWeaknesses(flat, sample.method)).toMatchObject({ strengths: [], weaknesses: [], allEqual: 50 });
    expect(strengthsAndWeaknesses({ ...r, items: {} }, sample.method).allEqual).toBeNull();
  });

  it('describes goalpost items with their raw number', () => {
    const r = row('Dortmund', 2025);
    const words = strengthsAndWeaknesses(
      { ...r, items: { anteil_personal_mo: { score: 40, basis: 10 }, foerderform: { score: 20 } } },
      sample.method,
    );
    expect(describeItem(words.strengths[0]!, 'de')).toBe('Anteil Personalzeit für MO-Zusammenarbeit: 10 % (40,0 Punkte)');
  });

  it('round-trips input sources through dropdown keys', () => {
    for (const source of [{ table: 'Indikatoren' }, { sheet: 'Daten 2025' }]) expect(sourceFromKey(sourceKey(source))).toEqual(source);
  });

  it('keeps a wanted year that exists, else the latest', () => {
    expect(pickYear([2024, 2025], 2024)).toBe(2024);
    expect(pickYear([2024, 2025], 2023)).toBe(2025);
    expect(pickYear([], null)).toBeNull();
  });
});

describe('method draft', () => {
  it('accepts a German decimal comma and rejects non-numbers', () => {
    expect(parseWeight('2,5')).toBe(2.5);
    expect(parseWeight(' 3 ')).toBe(3);
    expect(parseWeight('')).toBeNull();
    expect(parseWeight('drei')).toBeNull();
  });

  it('needs lead > 0 and support ≥ 0', () => {
    const base = draftOf(defaultMethodV1());
    expect(checkDraft({ ...base, lead: '0' })).toMatchObject({ leadValid: false, method: null });
    expect(checkDraft({ ...base, support: '-0.5' })).toMatchObject({ supportValid: false, method: null });
    expect(checkDraft({ ...base, support: '0', rule: 'streng' }).method).toEqual({
      ...defaultMethodV1(),
      rule: 'streng',
      weights: { lead: 3, support: 0 },
    });
  });

  it('is dirty only when it differs from the stored method', () => {
    expect(isDirty(defaultDraft(), defaultMethodV1())).toBe(false);
    expect(isDirty({ ...defaultDraft(), lead: '4' }, defaultMethodV1())).toBe(true);
    expect(isDirty({ ...defaultDraft(), lead: 'x' }, defaultMethodV1())).toBe(true);
  });
});

describe('texts and host settings', () => {
  it('fills both languages and counts in singular or plural', () => {
    expect(fill({ de: '{n} Zeilen in {t}', en: '{n} rows in {t}' }, { n: 2, t: { de: 'Tabelle', en: 'table' } })).toEqual({
      de: '2 Zeilen in Tabelle',
      en: '2 rows in table',
    });
    expect(sayCount('de', 1, { de: '{n} Zeile', en: '' }, { de: '{n} Zeilen', en: '' })).toBe('1 Zeile');
    expect(joinWords(['a', 'b', 'c'], 'de')).toBe('a, b und c');
  });

  it('takes English only from an English Office and reads dark themes', () => {
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('de-AT')).toBe('de');
    expect(languageOf('fr-FR')).toBe('de');
    expect(languageOf(undefined)).toBe('de');
    expect(isDarkColour('#262626')).toBe(true);
    expect(isDarkColour('#ffffff')).toBe(false);
    expect(isDarkColour('not a colour')).toBe(false);
  });
});

describe('Kommunen for the Profile sheet', () => {
  it('lists the Kommunen of a year by rank, none without a result or year', () => {
    expect(kommunenOf(sample, 2025)).toEqual(['Dortmund', 'Mönchengladbach', 'Halle (Saale)', 'Dresden', 'Nürnberg']);
    expect(kommunenOf(sample, 2024)).toEqual(['Dresden']);
    expect(kommunenOf(null, 2025)).toEqual([]);
    expect(kommunenOf(sample, null)).toEqual([]);
  });

  it('keeps the chosen names the year has, in the order chosen, and the same object when nothing goes', () => {
    const choice = { profiles: ['Nürnberg', 'Dresden'], overlay: ['Dortmund'] };
    expect(keepChoice(choice, sample, 2025)).toBe(choice);
    expect(keepChoice(choice, sample, 2024)).toEqual({ profiles: ['Dresden'], overlay: [] });
  });

  it('asks for charts only by the non-empty selections', () => {
    expect(choiceRequest(NO_CHOICE)).toEqual({});
    expect(choiceRequest({ profiles: ['Dresden'], overlay: [] })).toEqual({ profiles: ['Dresden'] });
  });
});
