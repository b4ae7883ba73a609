import { Indicator } from '../model/indicator';
import { RawValue } from '../model/grid';
import { Text, t } from '../model/text';
import { displayValue, isErrorValue, isMissing, normaliseText } from './markers';
import { parseNumberText } from './number';

/** A typed cell value: numbers for counts, percents, euros and years; rung index (0-based); booleans; text. */
export type CellData = number | boolean | string;

export interface CellProblem {
  severity: 'error' | 'warning';
  code: string;
  message: Text;
}

export type ParsedCell =
  { kind: 'value'; value: CellData; warning?: CellProblem } | { kind: 'missing' } | { kind: 'invalid'; problem: CellProblem };

const invalid = (code: string, message: Text): ParsedCell => ({ kind: 'invalid', problem: { severity: 'error', code, message } });

/** Reads one raw cell for an indicator. Never throws: anything unreadable becomes a problem. */
export function parseCell(raw: RawValue, ind: Indicator, numberFormat = ''): ParsedCell {
  if (isMissing(raw)) return { kind: 'missing' };
  if (isErrorValue(raw)) {
    return invalid(
      'formula-error',
      t(
        `Die Zelle zeigt den Formelfehler ${String(raw).trim()}. Bitte die Formel korrigieren oder einen Wert eintragen.`,
        `The cell shows the formula error ${String(raw).trim()}. Please fix the formula or enter a value.`,
      ),
    );
  }
  if (typeof raw === 'number' && !Number.isFinite(raw))
    return invalid(
      'not-a-number',
      t('Keine gültige Zahl. Erwartet wird eine endliche Zahl.', 'Not a valid number. Expected a finite number.'),
    );
  switch (ind.unit) {
    case 'text':
      return { kind: 'value', value: typeof raw === 'string' ? raw.trim() : displayValue(raw) };
    case 'year':
      return parseYear(raw);
    case 'count':
    case 'eur':
      return parseAmount(raw, ind.unit);
    case 'percent':
      return parsePercent(raw, numberFormat);
    case 'yesno':
      return parseYesNo(raw);
    case 'rung':
      return parseRung(raw, ind);
  }
}

function toNumber(raw: RawValue, groupsOfThree: boolean): number | null {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string') return parseNumberText(raw, groupsOfThree);
  return null;
}

function parseYear(raw: RawValue): ParsedCell {
  const n = toNumber(raw, false);
  if (n === null || !Number.isInteger(n) || n < 1900 || n > 2100) {
    return invalid('bad-year', t('Erwartet wird ein Jahr als ganze Zahl, z. B. 2025.', 'Expected a year as a whole number, e.g. 2025.'));
  }
  return { kind: 'value', value: n };
}

function parseAmount(raw: RawValue, unit: 'count' | 'eur'): ParsedCell {
  const n = toNumber(raw, true);
  if (n === null) {
    return unit === 'count'
      ? invalid('not-a-number', t('Erwartet wird eine Anzahl, z. B. 614000 oder 614.000.', 'Expected a count, e.g. 614000 or 614,000.'))
      : invalid(
          'not-a-number',
          t('Erwartet wird ein Betrag in Euro, z. B. 30000 oder 30.000 €.', 'Expected an amount in euros, e.g. 30000 or €30,000.'),
        );
  }
  if (n < 0) return invalid('negative', t('Der Wert darf nicht negativ sein.', 'The value must not be negative.'));
  if (unit === 'count' && !Number.isInteger(n)) {
    return invalid('not-integer', t('Erwartet wird eine ganze Zahl (Anzahl).', 'Expected a whole number (a count).'));
  }
  return { kind: 'value', value: n };
}

const PERCENT_FORMAT = /%(?=(?:[^"]*"[^"]*")*[^"]*$)/;

function parsePercent(raw: RawValue, numberFormat: string): ParsedCell {
  let n: number | null;
  let fromFraction = false;
  if (typeof raw === 'number') {
    fromFraction = PERCENT_FORMAT.test(numberFormat);
    n = fromFraction ? raw * 100 : raw;
  } else {
    n = toNumber(raw, false);
  }
  if (n === null) {
    return invalid(
      'not-a-percent',
      t(
        'Erwartet wird ein Prozentwert zwischen 0 und 100, z. B. 18 oder 18 %.',
        'Expected a percentage between 0 and 100, e.g. 18 or 18 %.',
      ),
    );
  }
  n = Math.round(n * 1e9) / 1e9;
  if (n < 0 || n > 100) {
    return invalid('percent-range', t('Der Prozentwert muss zwischen 0 und 100 liegen.', 'The percentage must be between 0 and 100.'));
  }
  // 0.6 is a plausible share in percent; 0.18 or 0.435 look like fractions of a cell not formatted as percent.
  if (!fromFraction && typeof raw === 'number' && n > 0 && n < 1 && !Number.isInteger(n * 10)) {
    // Rounded like n itself, so 0.07 suggests 7 % and not 7.000000000000001 %.
    const pct = Math.round(n * 100 * 1e9) / 1e9;
    return {
      kind: 'value',
      value: n,
      warning: {
        severity: 'warning',
        code: 'percent-fraction',
        message: t(
          `Gelesen als ${String(n).replace('.', ',')} %. Falls ${String(pct).replace('.', ',')} % gemeint ist, die Zelle als Prozent formatieren oder ${String(pct).replace('.', ',')} eintragen.`,
          `Read as ${n} %. If ${pct} % is meant, format the cell as percent or enter ${pct}.`,
        ),
      },
    };
  }
  return { kind: 'value', value: n };
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'wahr', 'true', '1', 'x']);
const NO = new Set(['nein', 'n', 'no', 'falsch', 'false', '0']);

function parseYesNo(raw: RawValue): ParsedCell {
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (typeof raw === 'number' && (raw === 0 || raw === 1)) return { kind: 'value', value: raw === 1 };
  if (typeof raw === 'string') {
    const s = normaliseText(raw);
    if (YES.has(s)) return { kind: 'value', value: true };
    if (NO.has(s)) return { kind: 'value', value: false };
  }
  return invalid('not-yes-no', t('Erwartet wird ja oder nein (auch wahr/falsch, 1/0).', 'Expected yes or no (also true/false, 1/0).'));
}

/** Folds umlauts and dashes so "Traegerverantwortung" and "teil–institutionell" still match. */
const folded = new Map<string, string>();

function foldRung(s: string): string {
  let out = folded.get(s);
  if (out === undefined) {
    out = foldText(s);
    if (folded.size >= 20000) folded.clear();
    folded.set(s, out);
  }
  return out;
}

function foldText(s: string): string {
  return normaliseText(s)
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s*-\s*/g, '-');
}

/** Folded German and English rung labels → rung index, built once per indicator. */
const rungIndexCache = new WeakMap<Indicator, Map<string, number>>();
function rungIndex(ind: Indicator): Map<string, number> {
  let m = rungIndexCache.get(ind);
  if (!m) {
    m = new Map();
    const rungs = ind.scoring?.type === 'rungs' ? ind.scoring.rungs : [];
    for (const [i, r] of rungs.entries()) {
      m.set(foldRung(r.label.en), i);
      m.set(foldRung(r.label.de), i);
    }
    rungIndexCache.set(ind, m);
  }
  return m;
}

function parseRung(raw: RawValue, ind: Indicator): ParsedCell {
  const rungs = ind.scoring?.type === 'rungs' ? ind.scoring.rungs : [];
  const byNumber = (n: number): ParsedCell | null =>
    Number.isInteger(n) && n >= 1 && n <= rungs.length ? { kind: 'value', value: n - 1 } : null;
  if (typeof raw === 'number') {
    const hit = byNumber(raw);
    if (hit) return hit;
  } else if (typeof raw === 'string') {
    const s = foldRung(raw);
    const i = rungIndex(ind).get(s);
    if (i !== undefined) return { kind: 'value', value: i };
    if (/^\d+$/.test(s)) {
      const hit = byNumber(Number(s));
      if (hit) return hit;
    }
  }
  const expected = rungs.map((r, i) => `${i + 1} = ${r.label.de}`).join(', ');
  const expectedEn = rungs.map((r, i) => `${i + 1} = ${r.label.en}`).join(', ');
  return invalid('unknown-rung', t(`Unbekannte Stufe. Erwartet: ${expected}.`, `Unknown rung. Expected: ${expectedEn}.`));
}
