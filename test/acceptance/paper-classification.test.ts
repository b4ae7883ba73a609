import { describeFlags } from '../../src/core/describe';
import { defaultMethodV1 } from '../../src/core/method';
import { RunResult } from '../../src/core/model/result';
import { runSample } from '../../src/core/run-sample';

/** METHOD.md, "Acceptance: the paper's own classification", row by row. */
const result = runSample();
const row = (kommune: string, jahr: number) => {
  const found = result.rows.find((r) => r.kommune === kommune && r.jahr === jahr);
  if (!found) throw new Error(`${kommune} ${jahr} missing from the sample results`);
  return found;
};

describe('the paper’s own classification (default method)', () => {
  it('validates against the result schema', () => {
    expect(() => RunResult.parse(result)).not.toThrow();
  });

  it('scores exactly the six sample rows', () => {
    expect(result.rows.map((r) => `${r.kommune} ${r.jahr}`)).toEqual([
      'Dortmund 2025',
      'Dresden 2024',
      'Dresden 2025',
      'Halle (Saale) 2025',
      'Mönchengladbach 2025',
      'Nürnberg 2025',
    ]);
  });

  it.each([
    ['Dortmund', 2025, 2],
    ['Mönchengladbach', 2025, 2],
    ['Halle (Saale)', 2025, 2],
    ['Nürnberg', 2025, 1],
    ['Dresden', 2024, 2],
  ] as const)('%s %i is type %i and einheitlich', (kommune, jahr, type) => {
    const r = row(kommune, jahr);
    expect(r.type).toBe(type);
    expect(r.flags.uneinheitlich).toEqual([]);
    expect(r.flags.grenzfall).toBe(false);
    expect(r.stability).toBe(3);
    expect(r.flags.unvollstaendig).toBe(false);
    expect(describeFlags(r, 'de')).toContain('einheitlich');
  });

  it('Dresden 2025 is type II, uneinheitlich (K3 at type I), stability 2/3 with Streng giving I, Rückbewegung against 2024', () => {
    const r = row('Dresden', 2025);
    expect(r.type).toBe(2);
    expect(r.flags.uneinheitlich).toEqual([{ criterion: 'K3', level: 1 }]);
    expect(r.stability).toBe(2);
    expect(r.flags.grenzfall).toBe(true);
    expect(r.typeByRule).toEqual({ mehrheit: 2, streng: 1, kompensatorisch: 2 });
    expect(r.trend?.previousYear).toBe(2024);
    expect(r.trend?.direction).toBe('rueckbewegung');
    expect(r.trend?.overallDelta).toBeLessThanOrEqual(-5);
    expect(r.trend?.typeFrom).toBe(2);
    expect(r.trend?.typeTo).toBe(2);
    expect(r.trend?.levelChanges).toEqual([{ criterion: 'K3', from: 2, to: 1 }]);
    const words = describeFlags(r, 'de');
    expect(words).toContain('K3 auf Typ-I-Niveau');
    expect(words.some((w) => w.startsWith('Grenzfall (Stabilität 2/3: Streng ergibt I'))).toBe(true);
    expect(words.some((w) => w.startsWith('Rückbewegung ggü. 2024'))).toBe(true);
  });

  it('Dresden 2024 has no trend (no earlier year); only Dresden has two years', () => {
    expect(row('Dresden', 2024).trend).toBeNull();
    expect(result.rows.filter((r) => r.trend !== null).map((r) => r.kommune)).toEqual(['Dresden']);
  });

  it('gives the criterion scores that follow from METHOD.md’s tables', () => {
    const d24 = row('Dresden', 2024);
    expect(d24.criteria.K1).toEqual({ score: 50, coverage: 3 / 7, level: 2, estimated: false });
    expect(d24.criteria.K2.score).toBeCloseTo(200 / 3, 9); // (100 + 50 + 50) / 3, no seat share
    expect(d24.criteria.K3.score).toBeCloseTo((3 * 65 + 67) / 4, 9);
    const halle = row('Halle (Saale)', 2025);
    // 1 of 9 seats = 11.1 %, against goalposts 0–33.3 % → 33.3 points, weight 1 beside three leads of 50.
    expect(halle.items.gremium_sitze_mo?.score).toBeCloseTo(100 / 3, 6);
    expect(halle.criteria.K2.score).toBeCloseTo((150 * 3 + 100 / 3) / 10, 6);
    expect(row('Nürnberg', 2025).overall).toBeCloseTo(20 / 3, 9);
  });

  it('ranks the 2025 rows by overall score', () => {
    const ranks = Object.fromEntries(result.rows.filter((r) => r.jahr === 2025).map((r) => [r.kommune, r.rank]));
    expect(ranks).toEqual({ Dortmund: 1, Mönchengladbach: 2, 'Halle (Saale)': 3, Dresden: 4, Nürnberg: 5 });
  });

  it('reports the one value that cannot count: Mönchengladbach’s funding has no population basis', () => {
    expect(result.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([['warning', 'funding-no-basis', 'Z3']]);
  });

  it('with the Streng rule Dresden 2025 becomes type I; Kompensatorisch keeps II', () => {
    const streng = runSample({ ...defaultMethodV1(), rule: 'streng' });
    expect(streng.rows.find((r) => r.kommune === 'Dresden' && r.jahr === 2025)?.type).toBe(1);
    const komp = runSample({ ...defaultMethodV1(), rule: 'kompensatorisch' });
    expect(komp.rows.find((r) => r.kommune === 'Dresden' && r.jahr === 2025)?.type).toBe(2);
  });
});
