import { CRITERIA } from '../model/level';
import { Method } from '../model/method';
import { Direction, RowResult, Trend } from '../model/result';

function delta(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.round((a - b) * 1e9) / 1e9;
}

/** The movement of a row against the same Kommune's latest earlier year (METHOD.md step 5). */
export function trendAgainst(current: RowResult, previous: RowResult, method: Method): Trend {
  const overallDelta = delta(current.overall, previous.overall);
  let direction: Direction | null = null;
  if (overallDelta !== null) {
    direction = overallDelta >= method.trendThreshold ? 'entwicklung' : overallDelta <= -method.trendThreshold ? 'rueckbewegung' : 'stabil';
  }
  return {
    previousYear: previous.jahr,
    typeFrom: previous.type,
    typeTo: current.type,
    levelChanges: CRITERIA.flatMap((c) =>
      previous.criteria[c].level !== current.criteria[c].level
        ? [{ criterion: c, from: previous.criteria[c].level, to: current.criteria[c].level }]
        : [],
    ),
    scoreDelta: {
      K1: delta(current.criteria.K1.score, previous.criteria.K1.score),
      K2: delta(current.criteria.K2.score, previous.criteria.K2.score),
      K3: delta(current.criteria.K3.score, previous.criteria.K3.score),
    },
    overallDelta,
    direction,
  };
}

/**
 * Sets trend on every row that has an earlier year of the same Kommune. Rows must be sorted by Kommune,
 * then Jahr; they are the run's own fresh objects, so they are completed in place.
 */
export function setTrends(sorted: RowResult[], method: Method, sameKommune: (a: RowResult, b: RowResult) => boolean): void {
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const row = sorted[i]!;
    if (sameKommune(prev, row)) row.trend = trendAgainst(row, prev, method);
  }
}

/** Competition ranking of the overall score within each year: 1 = highest, ties share a rank. Completes rows in place. */
export function setRanks(rows: RowResult[]): void {
  const byYear = new Map<number, RowResult[]>();
  for (const r of rows) if (r.overall !== null) (byYear.get(r.jahr) ?? byYear.set(r.jahr, []).get(r.jahr)!).push(r);
  for (const list of byYear.values()) {
    list.sort((a, b) => b.overall! - a.overall!);
    list.forEach((r, i) => {
      const prev = list[i - 1];
      r.rank = prev && Math.abs(prev.overall! - r.overall!) < 1e-9 ? prev.rank : i + 1;
    });
  }
}
