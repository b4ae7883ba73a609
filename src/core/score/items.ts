import { SCORED_ITEMS } from '../catalogue';
import { Indicator } from '../model/indicator';
import { Method } from '../model/method';
import { ItemResult } from '../model/result';
import { CellData } from '../parse/cell';
import { migrationPopulation } from '../table/checks';

type Values = Readonly<Record<string, CellData>>;

function goalpostScore(x: number, low: number, high: number): number {
  const s = ((x - low) / (high - low)) * 100;
  return s <= 0 ? 0 : s >= 100 ? 100 : s;
}

/** The raw number a goalpost item is scored on, or undefined when its basis is missing. */
function goalpostBasis(ind: Indicator, values: Values): number | undefined {
  const s = ind.scoring;
  if (s?.type !== 'goalposts') return undefined;
  const v = values[ind.id];
  if (typeof v !== 'number') return undefined;
  switch (s.basis) {
    case 'value':
      return v;
    case 'seatShare': {
      const total = values.gremium_sitze_gesamt;
      return typeof total === 'number' && total > 0 && v <= total ? (v / total) * 100 : undefined;
    }
    case 'perPersonWithMigrationHistory': {
      const people = migrationPopulation(values);
      return people === undefined ? undefined : v / people;
    }
  }
}

/** Item scores (0–100) for every scored item that has a usable value. */
export function scoreItems(values: Values, method: Method): Record<string, ItemResult> {
  const out: Record<string, ItemResult> = {};
  for (const ind of SCORED_ITEMS) {
    const s = ind.scoring!;
    const v = values[ind.id];
    if (v === undefined) continue;
    if (s.type === 'rungs' && typeof v === 'number') {
      const score = method.rungScores[ind.id]?.[v];
      if (score !== undefined) out[ind.id] = { score };
    } else if (s.type === 'yesno' && typeof v === 'boolean') {
      const score = method.rungScores[ind.id]?.[v ? 1 : 0];
      if (score !== undefined) out[ind.id] = { score };
    } else if (s.type === 'goalposts') {
      const basis = goalpostBasis(ind, values);
      const gp = method.goalposts[ind.id];
      if (basis !== undefined && gp) out[ind.id] = { score: goalpostScore(basis, gp.low, gp.high), basis };
    }
  }
  return out;
}
