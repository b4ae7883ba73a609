import { defaultMethodV1 } from '../core/method';
import type { Method } from '../core/model/method';
import type { RunResult } from '../core/model/result';
import type { Lang } from '../core/model/text';
import { comparisonRows, latestYear } from '../core/sheets/vergleich';
import { MAX_PROFILE_CHARTS, selectRows } from '../core/sheets/profile';
import { usageError } from './exit-codes';
import type { ReportOptions } from './options';

/** Method version 1 with the rule chosen by --rule. */
export function methodFor(options: Pick<ReportOptions, 'rule'>): Method {
  const method = defaultMethodV1();
  if (options.rule) method.rule = options.rule;
  return method;
}

/** --year must name a year the data has rows for; otherwise Vergleich and Profile would be empty. */
export function checkYear(year: number | undefined, result: RunResult): void {
  if (year === undefined || result.years.includes(year)) return;
  const years = result.years.join(', ');
  throw usageError(
    result.years.length > 0
      ? `Für --year ${year} gibt es keine berechneten Zeilen. Jahre in den Daten: ${years}.`
      : `Für --year ${year} gibt es keine berechneten Zeilen; die Tabelle enthält keine berechenbare Zeile.`,
    result.years.length > 0
      ? `There are no computed rows for --year ${year}. Years in the data: ${years}.`
      : `There are no computed rows for --year ${year}; the table has no computable row.`,
  );
}

/** Names given with --profiles that have no row in the chosen year (the Profile sheet lists them too). */
export function unknownProfiles(
  result: RunResult,
  year: number | undefined,
  profiles: readonly string[] | undefined,
  lang: Lang,
): string | null {
  const y = year ?? latestYear(result);
  if (!profiles || y === null) return null;
  const { unknown } = selectRows(comparisonRows(result, y), profiles, MAX_PROFILE_CHARTS);
  if (unknown.length === 0) return null;
  const list = unknown.map((n) => (lang === 'de' ? `„${n}“` : `"${n}"`)).join(', ');
  return lang === 'de' ? `Warnung: --profiles: für ${y} nicht gefunden: ${list}.` : `Warning: --profiles: not found for ${y}: ${list}.`;
}
