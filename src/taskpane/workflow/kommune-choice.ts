/** Which Kommunen the Profile sheet charts: the options of a year and selections kept across changes. No React, no Office. */
import { RunResult } from '../../core/model/result';
import { comparisonRows } from '../../core/sheets/vergleich';

export { MAX_OVERLAY, MAX_PROFILE_CHARTS } from '../../core/sheets/profile';

/** The chart selections of the Berechnen step; empty means the defaults (the first by rank). */
export interface KommuneChoice {
  profiles: readonly string[];
  overlay: readonly string[];
}

export const NO_CHOICE: KommuneChoice = { profiles: [], overlay: [] };

/** The Kommunen of a year in Vergleich order (by rank, then name), each name once. */
export function kommunenOf(result: RunResult | null, year: number | null): string[] {
  if (result === null || year === null) return [];
  return [...new Set(comparisonRows(result, year).map((r) => r.kommune))];
}

/** The chosen names that the given Kommunen still have, in the order chosen. */
export function keepKnown(chosen: readonly string[], kommunen: readonly string[]): readonly string[] {
  const known = new Set(kommunen);
  const kept = chosen.filter((name) => known.has(name));
  return kept.length === chosen.length ? chosen : kept;
}

/** Both selections narrowed to the Kommunen of a year (after a change of year or of the data). */
export function keepChoice(choice: KommuneChoice, result: RunResult | null, year: number | null): KommuneChoice {
  const kommunen = kommunenOf(result, year);
  const profiles = keepKnown(choice.profiles, kommunen);
  const overlay = keepKnown(choice.overlay, kommunen);
  return profiles === choice.profiles && overlay === choice.overlay ? choice : { profiles, overlay };
}

/** The request fields for the selections: only the non-empty ones, so that empty means the default. */
export function choiceRequest(choice: KommuneChoice): { profiles?: readonly string[]; overlay?: readonly string[] } {
  return {
    ...(choice.profiles.length > 0 ? { profiles: choice.profiles } : {}),
    ...(choice.overlay.length > 0 ? { overlay: choice.overlay } : {}),
  };
}
