import { z } from 'zod';
import { Text } from './text';

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

/** One finding of the validation: where it is, what was found, what is expected. */
export const ValidationIssue = z.object({
  severity: Severity,
  code: z.string(),
  sheet: z.string(),
  /** A1 address of the cell; further cells the finding names (the twin of a duplicate, the count and its share). */
  cell: z.string(),
  relatedCells: z.array(z.string()),
  indicator: z.string().nullable(),
  /** The value found, as text; null where the finding is about a missing value. */
  value: z.string().nullable(),
  message: Text,
  /** Sheet row (1-based) the finding belongs to, for sorting and grouping. */
  row: z.number().int().min(1),
  col: z.number().int().min(1),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;
