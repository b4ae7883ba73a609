import { z } from 'zod';
import { CriterionId, Level } from './level';
import { Text } from './text';

export const Unit = z.enum(['text', 'year', 'count', 'percent', 'eur', 'rung', 'yesno']);
export type Unit = z.infer<typeof Unit>;

/** key: identifies the row; context: shown, not scored; lead/support: scored items. */
export const IndicatorKind = z.enum(['key', 'context', 'lead', 'support']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const Rung = z.object({
  label: Text,
  score: z.number().min(0).max(100),
  /** Only the rungs of lead items carry a level. */
  level: Level.optional(),
});
export type Rung = z.infer<typeof Rung>;

/**
 * What a goalpost item's raw number is before it meets the goalposts:
 * the value itself, the seat share of MO representatives, or euros per person with migration history.
 */
export const GoalpostBasis = z.enum(['value', 'seatShare', 'perPersonWithMigrationHistory']);
export type GoalpostBasis = z.infer<typeof GoalpostBasis>;

export const Goalposts = z
  .object({ low: z.number(), high: z.number() })
  .refine((g) => g.high > g.low, { message: 'high must be above low' });
export type Goalposts = z.infer<typeof Goalposts>;

export const Scoring = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rungs'), rungs: z.array(Rung).min(2) }),
  z.object({ type: z.literal('yesno'), no: z.number().min(0).max(100), yes: z.number().min(0).max(100) }),
  z.object({ type: z.literal('goalposts'), goalposts: Goalposts, basis: GoalpostBasis }),
]);
export type Scoring = z.infer<typeof Scoring>;

export const Indicator = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: Text,
  description: Text,
  unit: Unit,
  kind: IndicatorKind,
  criterion: CriterionId.optional(),
  scoring: Scoring.optional(),
  /** Upper bound for counts given as "≤ einwohner" in the specification. */
  atMostEinwohner: z.boolean().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Catalogue = z.array(Indicator).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const [i, ind] of list.entries()) {
    if (seen.has(ind.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${ind.id}` });
    seen.add(ind.id);
    const scored = ind.kind === 'lead' || ind.kind === 'support';
    if (scored !== (ind.criterion !== undefined && ind.scoring !== undefined)) {
      ctx.addIssue({ code: 'custom', path: [i], message: `${ind.id}: scored items need criterion and scoring` });
    }
    if (ind.kind === 'lead' && ind.scoring?.type === 'rungs' && ind.scoring.rungs.some((r) => r.level === undefined)) {
      ctx.addIssue({ code: 'custom', path: [i], message: `${ind.id}: lead rungs need levels` });
    }
  }
});
export type Catalogue = z.infer<typeof Catalogue>;
