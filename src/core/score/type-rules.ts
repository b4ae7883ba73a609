import { Level } from '../model/level';
import { TYPE_RULES, TypeRule } from '../model/method';

/**
 * The type by one rule from the known criterion levels (METHOD.md step 4).
 * With two known levels Mehrheit takes the lower one; with fewer than two there is no type.
 */
export function typeByRule(levels: ReadonlyArray<Level | null>, rule: TypeRule): Level | null {
  const known = levels.filter((l): l is Level => l !== null).sort((a, b) => a - b);
  if (known.length < 2) return null;
  switch (rule) {
    case 'mehrheit':
      return known.length === 2 ? known[0]! : known[Math.floor(known.length / 2)]!;
    case 'streng':
      return known[0]!;
    case 'kompensatorisch': {
      const mean = known.reduce((a, b) => a + b, 0) / known.length;
      // Half up, with a guard against float noise (5/3 etc. never sit on .5).
      return Math.floor(mean + 0.5 + 1e-9) as Level;
    }
  }
}

export function typesByAllRules(levels: ReadonlyArray<Level | null>): Record<TypeRule, Level | null> {
  return Object.fromEntries(TYPE_RULES.map((r) => [r, typeByRule(levels, r)])) as Record<TypeRule, Level | null>;
}

/** How many of the three rules agree with the chosen one (3 = stable), null without a type. */
export function stability(byRule: Readonly<Record<TypeRule, Level | null>>, chosen: TypeRule): number | null {
  const type = byRule[chosen];
  if (type === null) return null;
  return TYPE_RULES.filter((r) => byRule[r] === type).length;
}
