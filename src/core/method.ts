import { CATALOGUE, INDICATOR_BY_ID } from './catalogue';
import { Method } from './model/method';

export const METHOD_VERSION = '1';

/** The Method schema plus the checks against the catalogue: every item has its numbers, in the right count. */
export const MethodForCatalogue = Method.superRefine((m, ctx) => {
  for (const [id, scores] of Object.entries(m.rungScores)) {
    const s = INDICATOR_BY_ID.get(id)?.scoring;
    const expected = s?.type === 'rungs' ? s.rungs.length : s?.type === 'yesno' ? 2 : undefined;
    if (expected === undefined) ctx.addIssue({ code: 'custom', path: ['rungScores', id], message: 'kein Stufen- oder Ja/Nein-Indikator' });
    else if (scores.length !== expected)
      ctx.addIssue({ code: 'custom', path: ['rungScores', id], message: `${expected} Werte erwartet, ${scores.length} gefunden` });
  }
  for (const id of Object.keys(m.goalposts)) {
    if (INDICATOR_BY_ID.get(id)?.scoring?.type !== 'goalposts')
      ctx.addIssue({ code: 'custom', path: ['goalposts', id], message: 'kein Indikator mit Zielpfosten' });
  }
  for (const ind of CATALOGUE) {
    const s = ind.scoring;
    if ((s?.type === 'rungs' || s?.type === 'yesno') && !(ind.id in m.rungScores))
      ctx.addIssue({ code: 'custom', path: ['rungScores', ind.id], message: 'fehlt' });
    if (s?.type === 'goalposts' && !(ind.id in m.goalposts))
      ctx.addIssue({ code: 'custom', path: ['goalposts', ind.id], message: 'fehlt' });
  }
});

function defaultMethod(): Method {
  const rungScores: Record<string, number[]> = {};
  const goalposts: Method['goalposts'] = {};
  for (const ind of CATALOGUE) {
    const s = ind.scoring;
    if (s?.type === 'rungs') rungScores[ind.id] = s.rungs.map((r) => r.score);
    if (s?.type === 'yesno') rungScores[ind.id] = [s.no, s.yes];
    if (s?.type === 'goalposts') goalposts[ind.id] = { ...s.goalposts };
  }
  return MethodForCatalogue.parse({
    version: METHOD_VERSION,
    rule: 'mehrheit',
    weights: { lead: 3, support: 1 },
    rungScores,
    goalposts,
    levelBands: { II: 35, III: 70 },
    trendThreshold: 5,
  });
}

/** Method version 1 as METHOD.md specifies it. A fresh copy each call, so callers may change it. */
export function defaultMethodV1(): Method {
  return defaultMethod();
}

export const DEFAULT_METHOD: Readonly<Method> = Object.freeze(defaultMethod());
