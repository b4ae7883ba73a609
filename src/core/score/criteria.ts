import { SCORED_ITEMS } from '../catalogue';
import { Indicator } from '../model/indicator';
import { CriterionId, Level, clampLevel } from '../model/level';
import { Method } from '../model/method';
import { CriterionResult, ItemResult } from '../model/result';
import { CellData } from '../parse/cell';

const ITEMS_OF: Readonly<Record<CriterionId, readonly Indicator[]>> = {
  K1: SCORED_ITEMS.filter((i) => i.criterion === 'K1'),
  K2: SCORED_ITEMS.filter((i) => i.criterion === 'K2'),
  K3: SCORED_ITEMS.filter((i) => i.criterion === 'K3'),
};

export function itemsOf(criterion: CriterionId): readonly Indicator[] {
  return ITEMS_OF[criterion];
}

export function weightOf(ind: Indicator, method: Method): number {
  return ind.kind === 'lead' ? method.weights.lead : method.weights.support;
}

/** The level a lead item's rung carries. */
function leadLevel(ind: Indicator, value: CellData | undefined): Level | undefined {
  if (ind.scoring?.type !== 'rungs' || typeof value !== 'number') return undefined;
  return ind.scoring.rungs[value]?.level;
}

export function levelFromScore(score: number, method: Method): Level {
  return score < method.levelBands.II ? 1 : score < method.levelBands.III ? 2 : 3;
}

/**
 * Criterion score, coverage and level (METHOD.md steps 2 and 3). The level comes from the lead items
 * (K2: the mean of its three, rounded); with a lead missing it is estimated from the score, but only
 * when at least half of the support items are present.
 */
export function scoreCriterion(
  criterion: CriterionId,
  values: Readonly<Record<string, CellData>>,
  items: Readonly<Record<string, ItemResult>>,
  method: Method,
): CriterionResult {
  let weightDefined = 0;
  let weightPresent = 0;
  let sum = 0;
  const leadLevels: Level[] = [];
  let leadsMissing = 0;
  let supports = 0;
  let supportsPresent = 0;
  for (const ind of ITEMS_OF[criterion]) {
    const w = weightOf(ind, method);
    weightDefined += w;
    const item = items[ind.id];
    if (ind.kind === 'lead') {
      const level = item ? leadLevel(ind, values[ind.id]) : undefined;
      if (level === undefined) leadsMissing++;
      else leadLevels.push(level);
    } else {
      supports++;
      if (item) supportsPresent++;
    }
    if (!item) continue;
    weightPresent += w;
    sum += w * item.score;
  }
  const score = weightPresent > 0 ? sum / weightPresent : null;
  const coverage = weightDefined > 0 ? weightPresent / weightDefined : 0;
  if (leadsMissing === 0 && leadLevels.length > 0) {
    const mean = leadLevels.reduce((a, b) => a + b, 0) / leadLevels.length;
    return { score, coverage, level: clampLevel(mean), estimated: false };
  }
  if (score !== null && supports > 0 && supportsPresent * 2 >= supports) {
    return { score, coverage, level: levelFromScore(score, method), estimated: true };
  }
  return { score, coverage, level: null, estimated: false };
}
