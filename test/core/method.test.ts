import { indicator } from '../../src/core/catalogue';
import { describeFlags } from '../../src/core/describe';
import { DEFAULT_METHOD, MethodForCatalogue, defaultMethodV1 } from '../../src/core/method';
import { RawValue } from '../../src/core/model/grid';
import { Level } from '../../src/core/model/level';
import { Method, TypeRule } from '../../src/core/model/method';
import { RowResult } from '../../src/core/model/result';
import { computeRun } from '../../src/core/run';
import { runSample } from '../../src/core/run-sample';
import { levelFromScore } from '../../src/core/score/criteria';
import { stability, typeByRule, typesByAllRules } from '../../src/core/score/type-rules';
import { grid } from './helpers';

/** Scores one row given as indicator id → raw cell value. */
function scoreOne(values: Record<string, RawValue>, method: Method = DEFAULT_METHOD): RowResult {
  const ids = Object.keys(values);
  const result = computeRun(grid(['kommune', 'jahr', ...ids], [['Testhausen', 2025, ...ids.map((id) => values[id]!)]]), method);
  const row = result.rows[0];
  if (!row) throw new Error(`row not scored: ${JSON.stringify(result.issues)}`);
  return row;
}

/** Raw values that give each criterion the wanted level through its lead items (null leaves the criterion empty). */
function leadsFor(k1: Level | null, k2: Level | null, k3: Level | null): Record<string, RawValue> {
  const out: Record<string, RawValue> = {};
  if (k1 !== null) out.form_zusammenarbeit = k1;
  if (k2 !== null) Object.assign(out, { ebene_praxis: k2, ebene_koordination: k2, ebene_strategie: k2 });
  if (k3 !== null) out.foerderform = { 1: 'projektbezogen', 2: 'regelmäßig', 3: 'institutionell' }[k3];
  return out;
}

const withRule = (rule: TypeRule): Method => ({ ...defaultMethodV1(), rule });

describe('DEFAULT_METHOD', () => {
  it('validates against the catalogue', () => {
    const parsed = MethodForCatalogue.safeParse(DEFAULT_METHOD);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.success).toBe(true);
  });

  it('has the numbers of METHOD.md', () => {
    expect(DEFAULT_METHOD.version).toBe('1');
    expect(DEFAULT_METHOD.rule).toBe('mehrheit');
    expect(DEFAULT_METHOD.weights).toEqual({ lead: 3, support: 1 });
    expect(DEFAULT_METHOD.rungScores).toEqual({
      form_zusammenarbeit: [0, 50, 100],
      konzept_mo: [0, 100],
      stellenbeschreibung_mo: [0, 100],
      regelaustausch_verbund: [0, 100],
      ebene_praxis: [0, 50, 100],
      ebene_koordination: [0, 50, 100],
      ebene_strategie: [0, 50, 100],
      foerderform: [0, 20, 45, 65, 100],
      raeume: [0, 33, 67, 100],
      qualifizierung: [0, 100],
    });
    expect(Object.keys(DEFAULT_METHOD.goalposts).sort()).toEqual(['anteil_personal_mo', 'foerdervolumen_eur', 'gremium_sitze_mo']);
    expect(DEFAULT_METHOD.goalposts.anteil_personal_mo).toEqual({ low: 0, high: 25 });
    expect(DEFAULT_METHOD.goalposts.foerdervolumen_eur).toEqual({ low: 0, high: 10 });
    expect(DEFAULT_METHOD.goalposts.gremium_sitze_mo!.low).toBe(0);
    expect(DEFAULT_METHOD.goalposts.gremium_sitze_mo!.high).toBeCloseTo(33.3, 0);
    expect(DEFAULT_METHOD.levelBands).toEqual({ II: 35, III: 70 });
    expect(DEFAULT_METHOD.trendThreshold).toBe(5);
  });

  it('matches the catalogue: rung labels, levels of the lead rungs, lead and support items per criterion', () => {
    const rungs = (id: string) => {
      const s = indicator(id).scoring;
      return s?.type === 'rungs' ? s.rungs.map((r) => [r.label.de, r.level ?? null]) : [];
    };
    expect(rungs('form_zusammenarbeit')).toEqual([
      ['anlassbezogen', 1],
      ['formalisiert', 2],
      ['verbindlich mit Mandat', 3],
    ]);
    expect(rungs('ebene_praxis')).toEqual([
      ['einzelne Projekte', 1],
      ['kontinuierliche Aufgaben', 2],
      ['Trägerverantwortung', 3],
    ]);
    expect(rungs('ebene_koordination')).toEqual([
      ['gelegentliche Teilnahme', 1],
      ['Fallsteuerung und Netzwerke', 2],
      ['Steuerungsrunden', 3],
    ]);
    expect(rungs('ebene_strategie')).toEqual([
      ['keine Beteiligung', 1],
      ['Mitsprache', 2],
      ['Mitgestaltung', 3],
    ]);
    expect(rungs('foerderform')).toEqual([
      ['keine', 1],
      ['projektbezogen', 1],
      ['regelmäßig', 2],
      ['teil-institutionell', 2],
      ['institutionell', 3],
    ]);
    expect(rungs('raeume')).toEqual([
      ['keine', null],
      ['wie andere Vereine', null],
      ['eigene Räume', null],
      ['kofinanziertes Zentrum', null],
    ]);
    const kinds = (ids: string[]) => ids.map((id) => `${indicator(id).criterion}:${indicator(id).kind}`);
    expect(kinds(['form_zusammenarbeit', 'konzept_mo', 'stellenbeschreibung_mo', 'regelaustausch_verbund', 'anteil_personal_mo'])).toEqual([
      'K1:lead',
      'K1:support',
      'K1:support',
      'K1:support',
      'K1:support',
    ]);
    expect(kinds(['ebene_praxis', 'ebene_koordination', 'ebene_strategie', 'gremium_sitze_mo'])).toEqual([
      'K2:lead',
      'K2:lead',
      'K2:lead',
      'K2:support',
    ]);
    expect(kinds(['foerderform', 'raeume', 'qualifizierung', 'foerdervolumen_eur'])).toEqual([
      'K3:lead',
      'K3:support',
      'K3:support',
      'K3:support',
    ]);
  });

  it('defaultMethodV1 gives an equal, independent copy', () => {
    const copy = defaultMethodV1();
    expect(copy).toEqual(DEFAULT_METHOD);
    copy.rungScores.foerderform![0] = 10;
    copy.weights.lead = 1;
    expect(DEFAULT_METHOD.rungScores.foerderform![0]).toBe(0);
    expect(DEFAULT_METHOD.weights.lead).toBe(3);
  });
});

describe('MethodForCatalogue rejects', () => {
  function issuesOf(m: unknown) {
    const parsed = MethodForCatalogue.safeParse(m);
    expect(parsed.success).toBe(false);
    return parsed.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  }

  it('a wrong number of rung scores, with a path naming the indicator', () => {
    const m = defaultMethodV1();
    m.rungScores.foerderform = [0, 50, 100];
    expect(issuesOf(m)).toEqual([{ path: 'rungScores.foerderform', message: expect.stringContaining('5 Werte erwartet, 3 gefunden') }]);
    const y = defaultMethodV1();
    y.rungScores.konzept_mo = [0, 50, 100];
    expect(issuesOf(y)).toEqual([{ path: 'rungScores.konzept_mo', message: expect.stringContaining('2 Werte erwartet, 3 gefunden') }]);
  });

  it('a missing item, rung scores for an item without rungs, goalposts for an item without goalposts', () => {
    const m = defaultMethodV1();
    delete m.rungScores.raeume;
    delete m.goalposts.foerdervolumen_eur;
    m.rungScores.einwohner = [0, 100];
    m.goalposts.raeume = { low: 0, high: 1 };
    const paths = issuesOf(m).map((i) => i.path);
    expect(paths.sort()).toEqual(['goalposts.foerdervolumen_eur', 'goalposts.raeume', 'rungScores.einwohner', 'rungScores.raeume']);
  });

  it.each<[string, (m: Method) => unknown]>([
    ['a rung score above 100', (m) => ({ ...m, rungScores: { ...m.rungScores, raeume: [0, 33, 67, 101] } })],
    ['a negative rung score', (m) => ({ ...m, rungScores: { ...m.rungScores, konzept_mo: [-1, 100] } })],
    ['goalposts high not above low', (m) => ({ ...m, goalposts: { ...m.goalposts, anteil_personal_mo: { low: 25, high: 25 } } })],
    ['band III not above band II', (m) => ({ ...m, levelBands: { II: 70, III: 35 } })],
    ['an unknown rule', (m) => ({ ...m, rule: 'median' })],
    ['a zero lead weight', (m) => ({ ...m, weights: { lead: 0, support: 1 } })],
    ['a non-positive trend threshold', (m) => ({ ...m, trendThreshold: 0 })],
    ['an unknown key', (m) => ({ ...m, extra: 1 })],
  ])('%s', (_, change) => {
    expect(MethodForCatalogue.safeParse(change(defaultMethodV1())).success).toBe(false);
  });
});

describe('type rules', () => {
  const cases: Array<[Array<Level | null>, Level | null, Level | null, Level | null]> = [
    // levels         Mehrheit Streng Kompensatorisch
    [[2, 2, 2], 2, 2, 2],
    [[1, 2, 3], 2, 1, 2],
    [[3, 1, 2], 2, 1, 2],
    [[1, 1, 2], 1, 1, 1], // mean 1.33
    [[1, 2, 2], 2, 1, 2], // mean 1.67
    [[2, 1, 2], 2, 1, 2],
    [[1, 1, 3], 1, 1, 2], // mean 1.67
    [[1, 3, 3], 3, 1, 2], // mean 2.33
    [[2, 3, 3], 3, 2, 3], // mean 2.67
    [[3, 3, 3], 3, 3, 3],
    [[1, 2, null], 1, 1, 2], // two levels: Mehrheit the lower; mean 1.5 half up
    [[null, 3, 2], 2, 2, 3], // mean 2.5 half up
    [[1, null, 3], 1, 1, 2],
    [[2, 2, null], 2, 2, 2],
    [[null, null, 3], null, null, null],
    [[null, null, null], null, null, null],
  ];

  it.each(cases)('%j → Mehrheit %s, Streng %s, Kompensatorisch %s', (levels, mehrheit, streng, kompensatorisch) => {
    expect(typeByRule(levels, 'mehrheit')).toBe(mehrheit);
    expect(typeByRule(levels, 'streng')).toBe(streng);
    expect(typeByRule(levels, 'kompensatorisch')).toBe(kompensatorisch);
    expect(typesByAllRules(levels)).toEqual({ mehrheit, streng, kompensatorisch });
  });

  it.each(cases)('%j in a computed row gives the same types and flags under each rule', (levels, mehrheit, streng, kompensatorisch) => {
    const expected = { mehrheit, streng, kompensatorisch };
    for (const rule of ['mehrheit', 'streng', 'kompensatorisch'] as const) {
      const row = scoreOne(leadsFor(levels[0]!, levels[1]!, levels[2]!), withRule(rule));
      expect(row.criteria.K1.level).toBe(levels[0]);
      expect(row.criteria.K2.level).toBe(levels[1]);
      expect(row.criteria.K3.level).toBe(levels[2]);
      expect(row.typeByRule).toEqual(expected);
      expect(row.type).toBe(expected[rule]);
      const known = levels.filter((l) => l !== null).length;
      expect(row.flags.unvollstaendig).toBe(known === 2);
      expect(row.flags.nichtBestimmbar).toBe(known < 2);
      expect(row.flags.uneinheitlich).toEqual(
        row.type === null
          ? []
          : (['K1', 'K2', 'K3'] as const).flatMap((c, i) =>
              levels[i] !== null && levels[i] !== row.type ? [{ criterion: c, level: levels[i] }] : [],
            ),
      );
    }
  });

  it('K2 level is the mean of its three lead levels, rounded to the nearest level', () => {
    const k2 = (p: number, k: number, s: number) =>
      scoreOne({ ebene_praxis: p, ebene_koordination: k, ebene_strategie: s }).criteria.K2.level;
    expect(k2(1, 1, 2)).toBe(1);
    expect(k2(1, 2, 2)).toBe(2);
    expect(k2(1, 2, 3)).toBe(2);
    expect(k2(1, 1, 3)).toBe(2);
    expect(k2(1, 3, 3)).toBe(2);
    expect(k2(2, 3, 3)).toBe(3);
    expect(k2(3, 3, 3)).toBe(3);
  });

  it('K3 level comes from the lead rung: keine and projektbezogen I, regelmäßig and teil-institutionell II, institutionell III', () => {
    const k3 = (f: string) => scoreOne({ foerderform: f }).criteria.K3;
    expect(
      [k3('keine'), k3('projektbezogen'), k3('regelmäßig'), k3('teil-institutionell'), k3('institutionell')].map((c) => [c.level, c.score]),
    ).toEqual([
      [1, 0],
      [1, 20],
      [2, 45],
      [2, 65],
      [3, 100],
    ]);
  });
});

describe('stability', () => {
  it.each<[Array<Level | null>, TypeRule, number | null]>([
    [[2, 2, 2], 'mehrheit', 3],
    [[1, 2, 2], 'mehrheit', 2], // Streng gives I
    [[1, 2, 2], 'streng', 1],
    [[1, 2, 2], 'kompensatorisch', 2],
    [[1, 1, 3], 'mehrheit', 2], // Kompensatorisch gives II
    [[1, 3, 3], 'mehrheit', 1], // III, I, II: no rule agrees
    [[1, 2, 3], 'mehrheit', 2],
    [[1, 2, null], 'mehrheit', 2],
    [[2, 3, null], 'kompensatorisch', 1],
    [[null, 2, null], 'mehrheit', null],
  ])('%j under %s → %s', (levels, rule, expected) => {
    expect(stability(typesByAllRules(levels), rule)).toBe(expected);
    const row = scoreOne(leadsFor(levels[0]!, levels[1]!, levels[2]!), withRule(rule));
    expect(row.stability).toBe(expected);
    expect(row.flags.grenzfall).toBe(expected !== null && expected < 3);
  });

  it('a Grenzfall names the rules that disagree', () => {
    const row = scoreOne(leadsFor(1, 3, 3));
    expect(describeFlags(row, 'de')).toContain('Grenzfall (Stabilität 1/3: Streng ergibt I, Kompensatorisch ergibt II)');
  });
});

describe('estimated levels', () => {
  it('level bands: below 35 → I, below 70 → II, else III', () => {
    expect([0, 34.999, 35, 50, 69.999, 70, 100].map((s) => levelFromScore(s, DEFAULT_METHOD))).toEqual([1, 1, 2, 2, 2, 3, 3]);
  });

  it.each<[string, Record<string, RawValue>, number, Level]>([
    ['K1: two of four support items, both ja', { konzept_mo: 'ja', stellenbeschreibung_mo: 'ja' }, 100, 3],
    ['K1: two of four support items, ja and nein', { konzept_mo: 'ja', stellenbeschreibung_mo: 'nein' }, 50, 2],
    ['K1: three of four, all nein', { konzept_mo: 'nein', stellenbeschreibung_mo: 'nein', regelaustausch_verbund: 'nein' }, 0, 1],
    ['K1: percent and yes/no', { anteil_personal_mo: 12.5, regelaustausch_verbund: 'nein' }, 25, 1],
  ])('%s → level from the score, marked geschätzt', (_, values, score, level) => {
    const row = scoreOne(values);
    expect(row.criteria.K1).toMatchObject({ level, estimated: true });
    expect(row.criteria.K1.score).toBeCloseTo(score, 9);
    expect(describeFlags(row, 'de')).toContain('K1-Stufe geschätzt');
  });

  it('K1 with fewer than half of the support items: level unknown', () => {
    const row = scoreOne({ konzept_mo: 'ja' });
    expect(row.criteria.K1).toEqual({ score: 100, coverage: 1 / 7, level: null, estimated: false });
    expect(describeFlags(row, 'de')).not.toContain('K1-Stufe geschätzt');
  });

  it('K3: two of three support items estimate the level; one does not', () => {
    expect(scoreOne({ raeume: 'eigene Räume', qualifizierung: 'ja' }).criteria.K3).toMatchObject({
      score: 83.5,
      level: 3,
      estimated: true,
    });
    expect(scoreOne({ raeume: 'wie andere Vereine', qualifizierung: 'nein' }).criteria.K3).toMatchObject({
      score: 16.5,
      level: 1,
      estimated: true,
    });
    expect(scoreOne({ raeume: 'eigene Räume' }).criteria.K3).toMatchObject({ score: 67, level: null, estimated: false });
  });

  it('K2: a missing lead is estimated from the score only with the seat share (its one support item)', () => {
    const leads = { ebene_koordination: 'Steuerungsrunden', ebene_strategie: 'Mitsprache' };
    const withSeats = scoreOne({ ...leads, gremium_sitze_mo: 6, gremium_sitze_gesamt: 18 });
    expect(withSeats.criteria.K2.level).toBe(3);
    expect(withSeats.criteria.K2.estimated).toBe(true);
    expect(withSeats.criteria.K2.score).toBeCloseTo((3 * 100 + 3 * 50 + 100) / 7, 9);
    expect(withSeats.criteria.K2.coverage).toBeCloseTo(0.7, 12);
    const withoutSeats = scoreOne(leads);
    expect(withoutSeats.criteria.K2).toMatchObject({ score: 75, level: null, estimated: false });
  });

  it('with every lead present the level is never estimated, whatever the support items', () => {
    const row = scoreOne({
      form_zusammenarbeit: 'anlassbezogen',
      konzept_mo: 'ja',
      stellenbeschreibung_mo: 'ja',
      regelaustausch_verbund: 'ja',
      anteil_personal_mo: 25,
    });
    expect(row.criteria.K1).toEqual({ score: 400 / 7, coverage: 1, level: 1, estimated: false });
  });

  it('an estimated level counts as a known level for the type', () => {
    const row = scoreOne({ konzept_mo: 'ja', stellenbeschreibung_mo: 'ja', ...leadsFor(null, 3, 1) });
    expect(row.criteria.K1).toMatchObject({ level: 3, estimated: true });
    // levels III (estimated), III, I: three known levels, Mehrheit takes the median III
    expect(row.type).toBe(3);
    expect(row.flags.unvollstaendig).toBe(false);
  });
});

describe('goalposts', () => {
  it.each<[number, number]>([
    [0, 0],
    [5, 20],
    [12.5, 50],
    [25, 100],
    [30, 100], // clamped
    [100, 100],
  ])('anteil_personal_mo %d %% → %d', (pct, score) => {
    const item = scoreOne({ anteil_personal_mo: pct }).items.anteil_personal_mo!;
    expect(item.score).toBeCloseTo(score, 9);
    expect(item.basis).toBe(pct);
  });

  it.each<[number, number, number, number]>([
    [0, 18, 0, 0],
    [3, 18, 100 / 6, 50],
    [6, 18, 100 / 3, 100],
    [9, 18, 50, 100], // clamped
    [18, 18, 100, 100],
    [1, 30, 10 / 3, 10],
  ])('seat share: %d of %d seats → %d %% → %d points', (mo, total, share, score) => {
    const row = scoreOne({ gremium_sitze_mo: mo, gremium_sitze_gesamt: total });
    expect(row.items.gremium_sitze_mo!.basis).toBeCloseTo(share, 9);
    expect(row.items.gremium_sitze_mo!.score).toBeCloseTo(score, 9);
  });

  it.each<[string, Record<string, RawValue>, number, number]>([
    ['the count', { einwohner_migrationsgeschichte: 10000, foerdervolumen_eur: 50000 }, 5, 50],
    ['the count, above the goalpost', { einwohner_migrationsgeschichte: 10000, foerdervolumen_eur: 200000 }, 20, 100],
    ['einwohner × share', { einwohner: 100000, anteil_migrationsgeschichte: 20, foerdervolumen_eur: '100.000 €' }, 5, 50],
    [
      'the count before the share',
      { einwohner: 100000, einwohner_migrationsgeschichte: 10000, anteil_migrationsgeschichte: 10, foerdervolumen_eur: 25000 },
      2.5,
      25,
    ],
    ['no funding', { einwohner_migrationsgeschichte: 10000, foerdervolumen_eur: 0 }, 0, 0],
  ])('funding per person with migration history from %s', (_, values, perPerson, score) => {
    const item = scoreOne(values).items.foerdervolumen_eur!;
    expect(item.basis).toBeCloseTo(perPerson, 9);
    expect(item.score).toBeCloseTo(score, 9);
  });

  it('the goalposts come from the method, not from the data', () => {
    const m = defaultMethodV1();
    m.goalposts.anteil_personal_mo = { low: 10, high: 50 };
    expect(scoreOne({ anteil_personal_mo: 30 }, m).items.anteil_personal_mo!.score).toBeCloseTo(50, 9);
    expect(scoreOne({ anteil_personal_mo: 5 }, m).items.anteil_personal_mo!.score).toBe(0);
    // the same value scores the same in any table
    const a = computeRun(
      grid(
        ['kommune', 'jahr', 'anteil_personal_mo'],
        [
          ['A', 2025, 5],
          ['B', 2025, 10],
        ],
      ),
    ).rows[0]!;
    const b = computeRun(
      grid(
        ['kommune', 'jahr', 'anteil_personal_mo'],
        [
          ['A', 2025, 5],
          ['B', 2025, 25],
        ],
      ),
    ).rows[0]!;
    expect(a.items.anteil_personal_mo).toEqual(b.items.anteil_personal_mo);
  });
});

describe('criterion score, overall score, radar', () => {
  it('weighted mean: lead 3, support 1; coverage = weight present / weight defined', () => {
    const row = scoreOne({ form_zusammenarbeit: 'formalisiert', konzept_mo: 'ja', stellenbeschreibung_mo: 'nein' });
    expect(row.criteria.K1).toEqual({ score: 50, coverage: 5 / 7, level: 2, estimated: false });
    expect(row.criteria.K2).toEqual({ score: null, coverage: 0, level: null, estimated: false });
  });

  it('the weights are method parameters', () => {
    const m = defaultMethodV1();
    m.weights = { lead: 1, support: 1 };
    const row = scoreOne({ form_zusammenarbeit: 'formalisiert', konzept_mo: 'ja' }, m);
    expect(row.criteria.K1.score).toBe(75);
    expect(row.criteria.K1.coverage).toBe(2 / 5);
  });

  it('rung scores are method parameters', () => {
    const m = defaultMethodV1();
    m.rungScores.raeume = [0, 10, 20, 30];
    expect(scoreOne({ raeume: 'eigene Räume' }, m).items.raeume).toEqual({ score: 20 });
  });

  it('overall is the mean of the criterion scores; radar axes as METHOD.md says', () => {
    const row = scoreOne({
      form_zusammenarbeit: 'formalisiert',
      ebene_praxis: 'Trägerverantwortung',
      ebene_koordination: 'gelegentliche Teilnahme',
      ebene_strategie: 'Mitsprache',
      gremium_sitze_mo: 9,
      gremium_sitze_gesamt: 27,
      foerderform: 'institutionell',
      raeume: 'keine',
    });
    const k2 = (3 * 100 + 3 * 0 + 3 * 50 + 100) / 10;
    expect(row.criteria.K1.score).toBe(50);
    expect(row.criteria.K2.score).toBeCloseTo(k2, 9);
    expect(row.criteria.K3.score).toBe(75);
    expect(row.overall).toBeCloseTo((50 + k2 + 75) / 3, 9);
    expect(row.radar.formalisierung).toBe(50);
    expect(row.radar.praxis).toBe(100);
    expect(row.radar.koordination).toBe(0);
    expect(row.radar.strategie).toBeCloseTo((3 * 50 + 100) / 4, 9);
    expect(row.radar.anerkennung).toBe(75);
  });

  it('Strategie without a seat share is the strategy rung alone', () => {
    expect(scoreOne({ ebene_strategie: 'Mitgestaltung' }).radar.strategie).toBe(100);
  });
});

describe('trend', () => {
  function twoYears(before: number, after: number): RowResult {
    const base = ['formalisiert', 2, 2, 2, 'regelmäßig'];
    const header = [
      'kommune',
      'jahr',
      'form_zusammenarbeit',
      'ebene_praxis',
      'ebene_koordination',
      'ebene_strategie',
      'foerderform',
      'anteil_personal_mo',
    ];
    const result = computeRun(
      grid(header, [
        ['X', 2025, ...base, after],
        ['X', 2024, ...base, before],
      ]),
    );
    const row = result.rows.find((r) => r.jahr === 2025)!;
    expect(row.trend?.previousYear).toBe(2024);
    return row;
  }

  // K1 = (150 + 4·anteil)/4, so the overall score moves by 4·Δanteil/12 = Δanteil/3
  it.each<[number, number, string, number]>([
    [0, 15, 'entwicklung', 5],
    [15, 0, 'rueckbewegung', -5],
    [0, 14, 'stabil', 14 / 3],
    [14, 0, 'stabil', -14 / 3],
    [0, 25, 'entwicklung', 25 / 3],
  ])('anteil %d → %d: %s', (before, after, direction, delta) => {
    const trend = twoYears(before, after).trend!;
    expect(trend.direction).toBe(direction);
    expect(trend.overallDelta).toBeCloseTo(delta, 9);
    expect(trend.typeFrom).toBe(2);
    expect(trend.typeTo).toBe(2);
  });
});

describe('acceptance: the paper’s own classification (Beispieldaten)', () => {
  const result = runSample();
  it.each<[string, number, Level, string[]]>([
    ['Dortmund', 2025, 2, []],
    ['Mönchengladbach', 2025, 2, []],
    ['Halle (Saale)', 2025, 2, []],
    ['Nürnberg', 2025, 1, []],
    ['Dresden', 2024, 2, []],
    ['Dresden', 2025, 2, ['K3:1']],
  ])('%s %d → type %d, uneinheitlich %j', (kommune, jahr, type, uneinheitlich) => {
    const row = result.rows.find((r) => r.kommune === kommune && r.jahr === jahr)!;
    expect(row.type).toBe(type);
    expect(row.flags.uneinheitlich.map((u) => `${u.criterion}:${u.level}`)).toEqual(uneinheitlich);
    expect(row.flags.nichtBestimmbar).toBe(false);
  });

  it('Dresden 2025: Stabilität 2/3 (Streng gives I) and Rückbewegung against 2024', () => {
    const row = result.rows.find((r) => r.kommune === 'Dresden' && r.jahr === 2025)!;
    expect(row.stability).toBe(2);
    expect(row.typeByRule.streng).toBe(1);
    expect(row.trend?.previousYear).toBe(2024);
    expect(row.trend?.direction).toBe('rueckbewegung');
    expect(describeFlags(row, 'de')).toEqual(expect.arrayContaining(['K3 auf Typ-I-Niveau']));
  });
});
