import { describeFlags, typeLabel } from '../describe';
import { CRITERIA } from '../model/level';
import { roman } from '../model/level';
import { RunResult } from '../model/result';
import { Lang } from '../model/text';

function num(n: number | null, lang: Lang): string {
  return n === null ? '–' : n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The results as a plain-text table for terminals: Kommune, Jahr, Typ, K1–K3 (level/score), overall, rank, flags. */
export function resultsText(result: RunResult, lang: Lang = 'de'): string {
  const de = lang === 'de';
  const head = [
    de ? 'Kommune' : 'Municipality',
    de ? 'Jahr' : 'Year',
    de ? 'Typ' : 'Type',
    'K1',
    'K2',
    'K3',
    de ? 'Gesamt' : 'Overall',
    'Rang',
    de ? 'Hinweise' : 'Flags',
  ];
  if (!de) head[7] = 'Rank';
  const body = result.rows.map((r) => [
    r.kommune,
    String(r.jahr),
    typeLabel(r.type, lang),
    ...CRITERIA.map((c) => {
      const k = r.criteria[c];
      return `${k.level === null ? '–' : roman(k.level)}${k.estimated ? '*' : ''} ${num(k.score, lang)}`;
    }),
    num(r.overall, lang),
    r.rank === null ? '–' : String(r.rank),
    describeFlags(r, lang).join('; '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
