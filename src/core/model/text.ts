import { z } from 'zod';

/** Every visible text comes in German (first) and English. */
export const Text = z.object({ de: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof Text>;

export const Lang = z.enum(['de', 'en']);
export type Lang = z.infer<typeof Lang>;

export function t(de: string, en: string): Text {
  return { de, en };
}
