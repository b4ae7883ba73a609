import { Level, roman } from './model/level';
import { TypeRule } from './model/method';
import { RowResult } from './model/result';
import { Lang, Text, t } from './model/text';

export const RULE_LABEL: Readonly<Record<TypeRule, Text>> = {
  mehrheit: t('Mehrheit', 'Majority'),
  streng: t('Streng', 'Strict'),
  kompensatorisch: t('Kompensatorisch', 'Compensatory'),
};

export const TYPE_NAME: Readonly<Record<Level, Text>> = {
  1: t('Symbolisch-kooperativ', 'Symbolic cooperation'),
  2: t('Strukturell-kooperativ', 'Structural cooperation'),
  3: t('Steuerung auf Augenhöhe', 'Steering as equals'),
};

export function typeLabel(type: Level | null, lang: Lang): string {
  return type === null ? (lang === 'de' ? 'nicht bestimmbar' : 'not determinable') : roman(type);
}

const levelText = (l: Level | null): string => (l === null ? '–' : roman(l));

function signed(n: number, lang: Lang): string {
  const s = Math.abs(n).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${n < 0 ? '−' : '+'}${s}`;
}

/** The flags of a row in words, in the user's language ("K3 auf Typ-I-Niveau", "Rückbewegung ggü. 2024"). */
export function describeFlags(row: RowResult, lang: Lang): string[] {
  return [...describeTypeFlags(row, lang), ...describeTrend(row, lang)];
}

/** Flags about the type of this year: uneinheitlich, Grenzfall, unvollständig, geschätzt, nicht bestimmbar. */
export function describeTypeFlags(row: RowResult, lang: Lang): string[] {
  const de = lang === 'de';
  const out: string[] = [];
  if (row.flags.nichtBestimmbar)
    out.push(de ? 'nicht bestimmbar (weniger als zwei Kriterien)' : 'not determinable (fewer than two criteria)');
  for (const u of row.flags.uneinheitlich)
    out.push(de ? `${u.criterion} auf Typ-${roman(u.level)}-Niveau` : `${u.criterion} at type ${roman(u.level)} level`);
  if (!row.flags.nichtBestimmbar && row.flags.uneinheitlich.length === 0) out.push(de ? 'einheitlich' : 'consistent');
  if (row.flags.unvollstaendig) out.push(de ? 'unvollständig (nur zwei Kriterien)' : 'incomplete (two criteria only)');
  for (const c of ['K1', 'K2', 'K3'] as const) {
    if (row.criteria[c].estimated) out.push(de ? `${c}-Stufe geschätzt` : `${c} level estimated`);
  }
  if (row.flags.grenzfall && row.stability !== null) {
    const others = (Object.entries(row.typeByRule) as Array<[TypeRule, Level | null]>)
      .filter(([, v]) => v !== row.type)
      .map(([r, v]) => `${RULE_LABEL[r][lang]} ${de ? 'ergibt' : 'gives'} ${typeLabel(v, lang)}`);
    out.push(`${de ? 'Grenzfall' : 'Borderline'} (${de ? 'Stabilität' : 'stability'} ${row.stability}/3: ${others.join(', ')})`);
  }
  return out;
}

/** The movement against the latest earlier year in words: type change, level changes, Entwicklung/Rückbewegung. */
export function describeTrend(row: RowResult, lang: Lang): string[] {
  const de = lang === 'de';
  const out: string[] = [];
  const tr = row.trend;
  if (tr) {
    const vs = de ? `ggü. ${tr.previousYear}` : `vs. ${tr.previousYear}`;
    if (tr.typeFrom !== tr.typeTo)
      out.push(`${de ? 'Typwechsel' : 'Type change'} ${typeLabel(tr.typeFrom, lang)} → ${typeLabel(tr.typeTo, lang)} ${vs}`);
    for (const ch of tr.levelChanges) out.push(`${ch.criterion}: ${levelText(ch.from)} → ${levelText(ch.to)} ${vs}`);
    if (tr.direction === 'entwicklung') out.push(`${de ? 'Entwicklung' : 'Progress'} ${vs} (${signed(tr.overallDelta!, lang)})`);
    if (tr.direction === 'rueckbewegung') out.push(`${de ? 'Rückbewegung' : 'Setback'} ${vs} (${signed(tr.overallDelta!, lang)})`);
  }
  return out;
}
