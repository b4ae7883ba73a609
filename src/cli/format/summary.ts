import type { ValidationIssue } from '../../core/model/issue';
import type { RunResult } from '../../core/model/result';
import type { Lang } from '../../core/model/text';

/** Rows per type and findings per severity: the lines a batch log needs. */
export interface RunSummary {
  rows: number;
  types: { I: number; II: number; III: number; nichtBestimmbar: number };
  errors: number;
  warnings: number;
}

export function summarise(result: RunResult): RunSummary {
  const types = { I: 0, II: 0, III: 0, nichtBestimmbar: 0 };
  for (const r of result.rows) {
    if (r.type === 1) types.I++;
    else if (r.type === 2) types.II++;
    else if (r.type === 3) types.III++;
    else types.nichtBestimmbar++;
  }
  return { rows: result.rows.length, types, ...severityCounts(result.issues) };
}

export function severityCounts(issues: readonly ValidationIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

const n = (x: number, lang: Lang) => x.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');

/** "7 Zeilen berechnet (2024–2025): Typ I 1 · Typ II 6 · Typ III 0 · nicht bestimmbar 0" */
export function typesLine(result: RunResult, lang: Lang): string {
  const s = summarise(result);
  const years =
    result.years.length === 0 ? '' : ` (${result.years[0]}${result.years.length > 1 ? `–${result.years[result.years.length - 1]}` : ''})`;
  const t = s.types;
  return lang === 'de'
    ? `${n(s.rows, lang)} Zeilen berechnet${years}: Typ I ${n(t.I, lang)} · Typ II ${n(t.II, lang)} · Typ III ${n(t.III, lang)} · nicht bestimmbar ${n(t.nichtBestimmbar, lang)}`
    : `${n(s.rows, lang)} rows computed${years}: type I ${n(t.I, lang)} · type II ${n(t.II, lang)} · type III ${n(t.III, lang)} · not determinable ${n(t.nichtBestimmbar, lang)}`;
}

/** "Prüfbericht: 2 Fehler, 1 Warnung" or "Prüfbericht: keine Auffälligkeiten". */
export function findingsLine(issues: readonly ValidationIssue[], lang: Lang): string {
  const { errors, warnings } = severityCounts(issues);
  if (lang === 'en') {
    return errors + warnings === 0
      ? 'Validation: no findings'
      : `Validation: ${n(errors, lang)} error${errors === 1 ? '' : 's'}, ${n(warnings, lang)} warning${warnings === 1 ? '' : 's'}`;
  }
  return errors + warnings === 0
    ? 'Prüfbericht: keine Auffälligkeiten'
    : `Prüfbericht: ${n(errors, lang)} Fehler, ${n(warnings, lang)} Warnung${warnings === 1 ? '' : 'en'}`;
}
