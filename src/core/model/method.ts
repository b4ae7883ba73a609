import { z } from 'zod';
import { Goalposts } from './indicator';

export const TypeRule = z.enum(['mehrheit', 'streng', 'kompensatorisch']);
export type TypeRule = z.infer<typeof TypeRule>;
export const TYPE_RULES: readonly TypeRule[] = TypeRule.options;

const Score = z.number().min(0).max(100);

/** The parameters of a run. Every run returns the Method it used, so the Methodik sheet can replay it. */
export const Method = z
  .object({
    version: z.string().min(1),
    rule: TypeRule,
    weights: z.object({ lead: z.number().positive(), support: z.number().min(0) }),
    /** Scores per rung in catalogue order; yes/no items as [nein, ja]. */
    rungScores: z.record(z.string(), z.array(Score).min(2)),
    goalposts: z.record(z.string(), Goalposts),
    /** Lower bounds of levels II and III when a level is estimated from a criterion score. */
    levelBands: z.object({ II: Score, III: Score }).refine((b) => b.III > b.II, { message: 'III must be above II' }),
    /** Overall score change that counts as Entwicklung (≥) or Rückbewegung (≤ −). */
    trendThreshold: z.number().positive(),
  })
  .strict();
export type Method = z.infer<typeof Method>;
