import { z } from 'zod';

/** Criterion levels and types: 1 = I, 2 = II, 3 = III. */
export const Level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof Level>;

export const CriterionId = z.enum(['K1', 'K2', 'K3']);
export type CriterionId = z.infer<typeof CriterionId>;
export const CRITERIA: readonly CriterionId[] = CriterionId.options;

const ROMAN = { 1: 'I', 2: 'II', 3: 'III' } as const;
export function roman(level: Level): 'I' | 'II' | 'III' {
  return ROMAN[level];
}

export function clampLevel(n: number): Level {
  return (n <= 1 ? 1 : n >= 3 ? 3 : Math.round(n)) as Level;
}
