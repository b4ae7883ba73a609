/** Pure helpers that turn a RunResult into what the steps show. No React, no Office. */
import { INDICATOR_BY_ID, SCORED_ITEMS } from '../../core/catalogue';
import { Indicator } from '../../core/model/indicator';
import { Severity, ValidationIssue } from '../../core/model/issue';
import { Method } from '../../core/model/method';
import { RowResult, RunResult } from '../../core/model/result';
import { Text } from '../../core/model/text';
import { InputSource } from '../../excel/read-input';

export interface InputSummary {
  rowsRead: number;
  rowsScored: number;
  kommunen: number;
  years: readonly number[];
}

const lower = (s: string): string => s.toLocaleLowerCase('de-DE');

export function summarise(result: RunResult): InputSummary {
  return {
    rowsRead: result.input.rowsRead,
    rowsScored: result.input.rowsScored,
    kommunen: new Set(result.rows.map((r) => lower(r.kommune))).size,
    years: result.years,
  };
}

export interface IssueGroup {
  /** Indicator id; null for findings about the table as a whole. */
  indicator: string | null;
  label: Text | null;
  issues: ValidationIssue[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  groups: IssueGroup[];
}

/** Errors first, then warnings; within each, one group per indicator in the order of first appearance. */
export function groupIssues(issues: readonly ValidationIssue[]): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const ofSeverity = issues.filter((i) => i.severity === severity);
    if (ofSeverity.length === 0) continue;
    const groups = new Map<string | null, IssueGroup>();
    for (const issue of ofSeverity) {
      const key = issue.indicator;
      let group = groups.get(key);
      if (!group) {
        group = { indicator: key, label: key === null ? null : (INDICATOR_BY_ID.get(key)?.label ?? null), issues: [] };
        groups.set(key, group);
      }
      group.issues.push(issue);
    }
    out.push({ severity, count: ofSeverity.length, groups: [...groups.values()] });
  }
  return out;
}

/** What a run leaves out because of errors: whole rows, and single values of rows that are computed. */
export function leftOut(result: RunResult): { rows: number; cells: number } {
  const rows = result.input.rowsRead - result.input.rowsScored;
  const scoredRows = new Set(result.rows.map((r) => r.sourceRow));
  const cells = new Set(result.issues.filter((i) => i.severity === 'error' && scoredRows.has(i.row)).map((i) => `${i.sheet}!${i.cell}`))
    .size;
  return { rows, cells };
}

/** The row of the same Kommune in its trend's previous year. */
export function previousRow(result: RunResult, row: RowResult): RowResult | undefined {
  const year = row.trend?.previousYear;
  if (year === undefined) return undefined;
  return result.rows.find((r) => r.jahr === year && lower(r.kommune) === lower(row.kommune));
}

/** An item score in words: the indicator, and the rung, yes/no or raw number behind the score where known. */
export interface ItemWords {
  id: string;
  indicator: Indicator;
  score: number;
  /** The rung label (Text) or yes/no; a number with its kind for goalpost items; null when unknown. */
  value:
    | { kind: 'text'; text: Text }
    | { kind: 'yesno'; yes: boolean }
    | { kind: 'number'; basis: number; unit: 'percent' | 'seatShare' | 'perPerson' }
    | null;
}

function itemWords(id: string, score: number, basis: number | undefined, method: Method): ItemWords | null {
  const indicator = INDICATOR_BY_ID.get(id);
  const scoring = indicator?.scoring;
  if (!indicator || !scoring) return null;
  const base = { id, indicator, score };
  if (scoring.type === 'rungs') {
    const index = (method.rungScores[id] ?? []).indexOf(score);
    const rung = scoring.rungs[index];
    return { ...base, value: rung ? { kind: 'text', text: rung.label } : null };
  }
  if (scoring.type === 'yesno') {
    const [no, yes] = method.rungScores[id] ?? [];
    return { ...base, value: score === yes ? { kind: 'yesno', yes: true } : score === no ? { kind: 'yesno', yes: false } : null };
  }
  if (basis === undefined) return { ...base, value: null };
  const unit = scoring.basis === 'seatShare' ? 'seatShare' : scoring.basis === 'perPersonWithMigrationHistory' ? 'perPerson' : 'percent';
  return { ...base, value: { kind: 'number', basis, unit } };
}

/** At most this many items per list; further items with the same score are counted, not listed. */
export const STRENGTH_COUNT = 3;

export interface StrengthsAndWeaknesses {
  /** The items with the highest score (catalogue order), at most STRENGTH_COUNT. */
  strengths: ItemWords[];
  /** The items with the lowest score. */
  weaknesses: ItemWords[];
  /** Items with the highest / lowest score beyond the ones listed. */
  moreStrengths: number;
  moreWeaknesses: number;
  /** Every item has this same score: nothing to tell apart. */
  allEqual: number | null;
}

/** Strengths and weaknesses: the items with the highest and with the lowest score of the row. */
export function strengthsAndWeaknesses(row: RowResult, method: Method): StrengthsAndWeaknesses {
  const items = SCORED_ITEMS.flatMap((ind) => {
    const item = row.items[ind.id];
    const words = item ? itemWords(ind.id, item.score, item.basis, method) : null;
    return words ? [words] : [];
  });
  const none = { strengths: [], weaknesses: [], moreStrengths: 0, moreWeaknesses: 0 };
  if (items.length === 0) return { ...none, allEqual: null };
  const scores = items.map((i) => i.score);
  const max = Math.max(...scores);
  const min = Math.min(...scores);
  if (max === min) return { ...none, allEqual: max };
  const top = items.filter((i) => i.score === max);
  const bottom = items.filter((i) => i.score === min);
  return {
    strengths: top.slice(0, STRENGTH_COUNT),
    weaknesses: bottom.slice(0, STRENGTH_COUNT),
    moreStrengths: Math.max(0, top.length - STRENGTH_COUNT),
    moreWeaknesses: Math.max(0, bottom.length - STRENGTH_COUNT),
    allEqual: null,
  };
}

/** A source as the value of a dropdown option, and back. */
export function sourceKey(source: InputSource): string {
  return source.sheet && !source.table ? `sheet:${source.sheet}` : `table:${source.table ?? ''}`;
}

export function sourceFromKey(key: string): InputSource {
  return key.startsWith('sheet:') ? { sheet: key.slice('sheet:'.length) } : { table: key.slice('table:'.length) };
}

/** The year to show: the wanted one if the run has it, else the latest. */
export function pickYear(years: readonly number[], wanted: number | null): number | null {
  if (wanted !== null && years.includes(wanted)) return wanted;
  return years.length > 0 ? years[years.length - 1]! : null;
}
