import { readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';

const PackageJson = z.object({ version: z.string().min(1) });

/** The program version for the Methodik sheet: package.json's version, read once. */
let version: string | undefined;
export function appVersion(): string {
  version ??= PackageJson.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'))).version;
  return version;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The run time as local ISO 8601 with offset ("2025-03-14T09:30:00+01:00"): the sheets show the date
 * and time as written, so a report run in Germany shows German time, not UTC.
 */
export function localIsoTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
