import { Method } from '../model/method';
import { CriterionId } from '../model/level';
import { CriterionResult, ItemResult, RadarAxis } from '../model/result';

/**
 * The five radar axes (0–100). Strategie averages the strategy rung with the seat-share score,
 * weighted lead : support as the method sets them (3 : 1 by default).
 */
export function radarAxes(
  items: Readonly<Record<string, ItemResult>>,
  criteria: Readonly<Record<CriterionId, CriterionResult>>,
  method: Method,
): Record<RadarAxis, number | null> {
  const strategie = items.ebene_strategie?.score;
  const seats = items.gremium_sitze_mo?.score;
  const { lead, support } = method.weights;
  let strategy: number | null = null;
  if (strategie !== undefined && seats !== undefined && lead + support > 0)
    strategy = (lead * strategie + support * seats) / (lead + support);
  else strategy = strategie ?? seats ?? null;
  return {
    formalisierung: criteria.K1.score,
    praxis: items.ebene_praxis?.score ?? null,
    koordination: items.ebene_koordination?.score ?? null,
    strategie: strategy,
    anerkennung: criteria.K3.score,
  };
}
