/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique regardless of case. */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase('de-DE')));
  if (!lower.has(clean.toLocaleLowerCase('de-DE'))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLocaleLowerCase('de-DE'))) return candidate;
  }
}
