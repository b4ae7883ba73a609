import { RawValue } from '../model/grid';

/** Texts that mean "no value" in municipal tables. "keine" is not among them: it is a rung. */
const MISSING_MARKERS = new Set([
  '',
  '-',
  '--',
  '---',
  '–',
  '—',
  '/',
  '.',
  '?',
  'k.a.',
  'k. a.',
  'ka',
  'n/a',
  'na',
  'n.a.',
  'n. a.',
  'keine angabe',
]);

/** Memo of normalised texts: tables repeat the same rung labels and markers in every row. Bounded. */
const normalised = new Map<string, string>();
const MEMO_LIMIT = 20000;

export function normaliseText(s: string): string {
  let out = normalised.get(s);
  if (out === undefined) {
    out = s
      .normalize('NFC')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .toLowerCase();
    if (normalised.size >= MEMO_LIMIT) normalised.clear();
    normalised.set(s, out);
  }
  return out;
}

export function isMissing(raw: RawValue): boolean {
  if (raw === null) return true;
  if (typeof raw === 'string') return MISSING_MARKERS.has(normaliseText(raw));
  return false;
}

/** Excel's error values in German and English (#DIV/0!, #NV, #WERT!, #BEZUG!, #ÜBERLAUF!, ...). */
const ERROR_VALUE =
  /^#(?:DIV\/0!|N\/A|NV|NAME\?|NULL!|NUM!|ZAHL!|REF!|BEZUG!|VALUE!|WERT!|SPILL!|ÜBERLAUF!|CALC!|BERECHNUNG!|GETTING_DATA|FIELD!|FELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!)$/i;

export function isErrorValue(raw: RawValue): boolean {
  return typeof raw === 'string' && ERROR_VALUE.test(raw.trim());
}

/** The value as a user would read it in the report. */
export function displayValue(raw: RawValue): string {
  if (raw === null) return '';
  if (typeof raw === 'boolean') return raw ? 'WAHR' : 'FALSCH';
  return String(raw);
}
