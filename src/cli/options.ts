import { z } from 'zod';
import { TypeRule } from '../core/model/method';
import { Lang, t, Text } from '../core/model/text';
import { MAX_PROFILE_CHARTS } from '../core/sheets/profile';
import { usageError } from './exit-codes';

/** Command-line values are checked here, at the boundary, with zod; commands get typed options. */

const Year = z
  .string()
  .trim()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1900).max(2100));

/** "Dortmund,Halle (Saale)", possibly given more than once: the names, trimmed, without empties. */
const Profiles = z
  .array(z.string())
  .transform((list) =>
    list
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  )
  .pipe(z.array(z.string()).min(1).max(MAX_PROFILE_CHARTS));

const Name = z.string().trim().min(1);

const Source = { table: Name.optional(), sheet: Name.optional() };

export const ReportOptions = z.object({
  ...Source,
  output: Name.optional(),
  year: Year.optional(),
  rule: TypeRule.optional(),
  lang: Lang.default('de'),
  profiles: Profiles.optional(),
  force: z.boolean().default(false),
  json: z.boolean().default(false),
  quiet: z.boolean().default(false),
});
export type ReportOptions = z.infer<typeof ReportOptions>;

export const TemplateOptions = z.object({
  output: Name.optional(),
  sample: z.boolean().default(false),
  lang: Lang.default('de'),
  force: z.boolean().default(false),
  quiet: z.boolean().default(false),
});
export type TemplateOptions = z.infer<typeof TemplateOptions>;

export const CheckOptions = z.object({
  ...Source,
  lang: Lang.default('de'),
  json: z.boolean().default(false),
  quiet: z.boolean().default(false),
});
export type CheckOptions = z.infer<typeof CheckOptions>;

/** What each option expects, for the messages. */
const EXPECTED: Readonly<Record<string, Text>> = {
  year: t('eine Jahreszahl zwischen 1900 und 2100, z. B. 2025', 'a year between 1900 and 2100, e.g. 2025'),
  rule: t('mehrheit, streng oder kompensatorisch', 'mehrheit, streng or kompensatorisch'),
  lang: t('de oder en', 'de or en'),
  profiles: t(
    `1 bis ${MAX_PROFILE_CHARTS} Kommunen, durch Kommas getrennt, z. B. "Dortmund,Halle (Saale)"`,
    `1 to ${MAX_PROFILE_CHARTS} municipalities separated by commas, e.g. "Dortmund,Halle (Saale)"`,
  ),
  table: t('einen Tabellennamen', 'a table name'),
  sheet: t('einen Blattnamen', 'a sheet name'),
  output: t('einen Dateinamen', 'a file name'),
};

/**
 * Checks parsed arguments against a schema. The first problem becomes a usage error that names the
 * option, the value given and what is expected.
 */
export function validateOptions<S extends z.ZodType>(schema: S, values: Record<string, unknown>, command: string): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const raw = values[key];
  const shown = Array.isArray(raw) ? raw.join(',') : String(raw ?? '');
  const expected = EXPECTED[key] ?? t('einen gültigen Wert', 'a valid value');
  throw usageError(
    `Ungültiger Wert „${shown}“ für --${key}: erwartet wird ${expected.de}. Hilfe: kooperationsmonitor ${command} --help`,
    `Invalid value "${shown}" for --${key}: expected ${expected.en}. Help: kooperationsmonitor ${command} --help`,
  );
}

/** --table and --sheet name two different ways to find the input; only one may be given. */
export function assertOneSource(options: { table?: string | undefined; sheet?: string | undefined }): void {
  if (options.table === undefined || options.sheet === undefined) return;
  throw usageError(
    '--table und --sheet schließen einander aus: entweder eine Excel-Tabelle nach Namen oder den belegten Bereich eines Blatts lesen.',
    '--table and --sheet exclude each other: read either an Excel table by name or the used range of a sheet.',
  );
}
