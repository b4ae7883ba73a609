/**
 * Reads a number written as text in German or English notation.
 * "88.692" → 88692 and "1,234" → 1234 when groupsOfThree (counts, euros); "7,6 %" → 7.6; "1,234.5" → 1234.5.
 * Returns null when the text is not a number or its reading is ambiguous.
 */
export function parseNumberText(text: string, groupsOfThree: boolean): number | null {
  let s = text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^(?:€|EUR)|(?:€|EUR|%|Prozent)$/gi, '')
    .replace(/[−–]/g, '-');
  if (s === '' || !/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const sign = s.startsWith('-') ? -1 : 1;
  s = s.replace(/^[-+]/, '');
  const dots = count(s, '.');
  const commas = count(s, ',');
  let normal: string | null;
  if (dots > 0 && commas > 0) {
    // Both present: the later one separates the decimals, the other groups thousands.
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, frac, ...rest] = s.split(decimal);
    if (rest.length > 0 || frac === undefined || !validGrouping(intPart!, group)) return null;
    normal = `${intPart!.split(group).join('')}.${frac}`;
  } else if (dots + commas === 0) {
    normal = s;
  } else {
    const sep = dots > 0 ? '.' : ',';
    const parts = s.split(sep);
    if (parts.length > 2) normal = validGrouping(s, sep) ? parts.join('') : null;
    else if (parts[1]!.length === 3 && groupsOfThree && /^[1-9]/.test(parts[0]!)) normal = parts.join('');
    else normal = `${parts[0] || '0'}.${parts[1]}`;
  }
  if (normal === null || normal.endsWith('.') || normal === '') return null;
  const n = Number(normal);
  return Number.isFinite(n) ? sign * n : null;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** "1.234.567" groups: a first group of 1–3 digits, then groups of exactly three. */
function validGrouping(s: string, sep: string): boolean {
  const parts = s.split(sep);
  // A leading "0" group ("0.500") is never thousands grouping.
  return /^[1-9]\d{0,2}$/.test(parts[0]!) && parts.slice(1).every((p) => p.length === 3);
}
