import { z } from 'zod';
import { RawValue } from './grid';
import { ValidationIssue } from './issue';
import { CriterionId, Level } from './level';
import { Method, TypeRule } from './method';

export const CriterionResult = z.object({
  /** Weighted mean of the item scores present, 0–100; null when no item is present. */
  score: z.number().min(0).max(100).nullable(),
  /** Weight present / weight defined, 0–1. */
  coverage: z.number().min(0).max(1),
  level: Level.nullable(),
  /** The level was estimated from the score because a lead item is missing. */
  estimated: z.boolean(),
});
export type CriterionResult = z.infer<typeof CriterionResult>;

export const RadarAxis = z.enum(['formalisierung', 'praxis', 'koordination', 'strategie', 'anerkennung']);
export type RadarAxis = z.infer<typeof RadarAxis>;
export const RADAR_AXES: readonly RadarAxis[] = RadarAxis.options;

export const LevelChange = z.object({ criterion: CriterionId, from: Level.nullable(), to: Level.nullable() });
export type LevelChange = z.infer<typeof LevelChange>;

export const Direction = z.enum(['entwicklung', 'rueckbewegung', 'stabil']);
export type Direction = z.infer<typeof Direction>;

export const Trend = z.object({
  previousYear: z.number().int(),
  typeFrom: Level.nullable(),
  typeTo: Level.nullable(),
  levelChanges: z.array(LevelChange),
  /** Criterion score changes; null where either year lacks the score. */
  scoreDelta: z.record(CriterionId, z.number().nullable()),
  overallDelta: z.number().nullable(),
  /** null when the overall change cannot be computed. */
  direction: Direction.nullable(),
});
export type Trend = z.infer<typeof Trend>;

export const ItemResult = z.object({
  score: z.number().min(0).max(100),
  /** The raw number behind a goalpost score (seat share in %, euros per person), for the report. */
  basis: z.number().optional(),
});
export type ItemResult = z.infer<typeof ItemResult>;

export const RowResult = z.object({
  kommune: z.string().min(1),
  jahr: z.number().int(),
  /** Where the row stands in the user's sheet (1-based row). */
  sourceRow: z.number().int().min(1),
  items: z.record(z.string(), ItemResult),
  criteria: z.record(CriterionId, CriterionResult),
  /** The type by the chosen rule; null = nicht bestimmbar. */
  type: Level.nullable(),
  typeByRule: z.record(TypeRule, Level.nullable()),
  /** How many of the three rules agree with the chosen one (3 = stable); null when no type. */
  stability: z.number().int().min(1).max(3).nullable(),
  flags: z.object({
    /** Criteria whose level differs from the type. */
    uneinheitlich: z.array(z.object({ criterion: CriterionId, level: Level })),
    grenzfall: z.boolean(),
    unvollstaendig: z.boolean(),
    nichtBestimmbar: z.boolean(),
  }),
  overall: z.number().min(0).max(100).nullable(),
  /** Rank of the overall score within the year (1 = highest, ties share a rank). */
  rank: z.number().int().min(1).nullable(),
  radar: z.record(RadarAxis, z.number().min(0).max(100).nullable()),
  trend: Trend.nullable(),
  /** Context values as read (numbers, text), by indicator id. */
  context: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RowResult = z.infer<typeof RowResult>;

export const RunResult = z.object({
  method: Method,
  input: z.object({
    sheet: z.string(),
    table: z.string().optional(),
    /** A1 range of the table including its header row. */
    address: z.string(),
    rowsRead: z.number().int().min(0),
    rowsScored: z.number().int().min(0),
    /** Indicator id per recognised column header; unknown headers are listed, not used. */
    columns: z.array(z.object({ header: RawValue, indicator: z.string().nullable(), cell: z.string() })),
  }),
  /** Sorted by Kommune (German collation), then Jahr. */
  rows: z.array(RowResult),
  issues: z.array(ValidationIssue),
  years: z.array(z.number().int()),
});
export type RunResult = z.infer<typeof RunResult>;
