import type { ValidationIssue } from '../../core/model/issue';
import type { Lang } from '../../core/model/text';

const HEAD = {
  de: ['Schwere', 'Zelle', 'Indikator', 'Wert', 'Meldung'],
  en: ['Severity', 'Cell', 'Indicator', 'Value', 'Message'],
} as const;

/** Long values are cut so that the message column stays readable in a terminal. */
const MAX_VALUE = 24;

function clip(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ');
  return oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE - 1)}…` : oneLine;
}

/** The validation report as a terminal table: severity, sheet!cell, indicator, value, message. */
export function issuesText(issues: readonly ValidationIssue[], lang: Lang): string {
  const de = lang === 'de';
  const rows = issues.map((i) => [
    i.severity === 'error' ? (de ? 'Fehler' : 'error') : de ? 'Warnung' : 'warning',
    `${i.sheet}!${i.cell}`,
    i.indicator ?? '–',
    i.value === null ? '–' : clip(i.value),
    i.message[lang],
  ]);
  const head = [...HEAD[lang]];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
