import { CATALOGUE } from '../catalogue';
import { CRITERIA, CriterionId } from '../model/level';
import { Method } from '../model/method';
import { CriterionResult, RowResult } from '../model/result';
import { ParsedRow } from '../table/read-table';
import { scoreCriterion } from './criteria';
import { scoreItems } from './items';
import { radarAxes } from './radar';
import { stability, typesByAllRules } from './type-rules';

const CONTEXT_IDS = CATALOGUE.filter((i) => i.kind === 'context').map((i) => i.id);

/** Overall score: the mean of the criterion scores, for ranking only; needs two of the three. */
export function overallScore(criteria: Readonly<Record<CriterionId, CriterionResult>>): number | null {
  const scores = CRITERIA.map((c) => criteria[c].score).filter((s): s is number => s !== null);
  return scores.length >= 2 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

/** Everything about one row that does not need the other rows (rank and trend come later). */
export function scoreRow(row: ParsedRow, method: Method): RowResult {
  const items = scoreItems(row.values, method);
  const criteria = {
    K1: scoreCriterion('K1', row.values, items, method),
    K2: scoreCriterion('K2', row.values, items, method),
    K3: scoreCriterion('K3', row.values, items, method),
  };
  const levels = CRITERIA.map((c) => criteria[c].level);
  const typeByRule = typesByAllRules(levels);
  const type = typeByRule[method.rule];
  const stab = stability(typeByRule, method.rule);
  const known = levels.filter((l) => l !== null).length;
  const context: Record<string, string | number> = {};
  for (const id of CONTEXT_IDS) {
    const v = row.values[id];
    if (typeof v === 'number' || typeof v === 'string') context[id] = v;
  }
  return {
    kommune: row.kommune,
    jahr: row.jahr,
    sourceRow: row.row + 1,
    items,
    criteria,
    type,
    typeByRule,
    stability: stab,
    flags: {
      uneinheitlich:
        type === null
          ? []
          : CRITERIA.flatMap((c) =>
              criteria[c].level !== null && criteria[c].level !== type ? [{ criterion: c, level: criteria[c].level! }] : [],
            ),
      grenzfall: stab !== null && stab < 3,
      unvollstaendig: known === 2,
      nichtBestimmbar: type === null,
    },
    overall: overallScore(criteria),
    rank: null,
    radar: radarAxes(items, criteria, method),
    trend: null,
    context,
  };
}
