/**
 * `Range.text`: a cell's value rendered through its number format. Covers the formats a report
 * add-in writes (General, "@", "0.0", "#,##0", "0%", sections like "+0.0;-0.0;0.0", quoted
 * literals like '0.0" %"', dates like "dd.mm.yyyy hh:mm"); exotic codes fall back to General.
 * Output is en-US (decimal point, comma grouping), as Excel's `text` is in an en-US session.
 */
import { CellContent } from './cell-input';

export function renderText(content: CellContent, numberFormat: string): string {
  const { value } = content;
  if (content.isError || typeof value === 'string') return textSection(String(value), numberFormat, content.isError);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (numberFormat === 'General' || numberFormat === '@' || numberFormat === '') return general(value);
  return renderNumber(value, numberFormat);
}

function textSection(text: string, format: string, isError: boolean): string {
  if (isError) return text;
  const sections = splitSections(format);
  const textPart = sections[3] ?? (sections.length === 1 && sections[0]?.includes('@') ? sections[0] : undefined);
  if (textPart === undefined) return text;
  return renderLiterals(textPart).replace('\u0000', text);
}

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [mantissa = '0', exponent = '0'] = value.toExponential(5).split('e');
    const exp = Number(exponent);
    return `${String(Number(mantissa))}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(value.toPrecision(10)));
}

function renderNumber(value: number, format: string): string {
  const sections = splitSections(format);
  let section = sections[0] ?? 'General';
  let number = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  section = section.replace(/\[[^\]]*\]/g, '');
  if (section.trim() === 'General') return general(number);
  if (isDateFormat(section)) return renderDate(number, section);
  return renderDigits(number, section);
}

/** Splits "a;b;c" at semicolons that are not inside quotes. */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Quoted strings, backslash escapes, "_x" padding and "*x" fills; "@" becomes the \u0000 slot. */
function renderLiterals(section: string): string {
  let out = '';
  for (let i = 0; i < section.length; i += 1) {
    const ch = section[i] ?? '';
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      out += section[i + 1] ?? '';
      i += 1;
    } else if (ch === '_') {
      out += ' ';
      i += 1;
    } else if (ch === '*') {
      i += 1;
    } else if (ch === '@') {
      out += '\u0000';
    } else out += ch;
  }
  return out;
}

function renderDigits(value: number, section: string): string {
  const literal = renderLiterals(section);
  const start = literal.search(/[0#?]/);
  if (start < 0) return literal;
  let end = start;
  while (end < literal.length && /[0#?.,]/.test(literal[end] ?? '')) end += 1;
  const pattern = literal.slice(start, end);
  const percent = /%/.test(section.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
  const scaled = percent ? value * 100 : value;
  const [intPattern = '', fracPattern = ''] = pattern.split('.');
  const decimals = fracPattern.replace(/,/g, '').length;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [intDigits = '0', fracDigits = ''] = fixed.split('.');
  const minInt = (intPattern.match(/0/g) ?? []).length;
  let int = intDigits === '0' && minInt === 0 ? '' : intDigits.padStart(minInt, '0');
  if (intPattern.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = trimOptionalDigits(fracDigits, fracPattern.replace(/,/g, ''));
  const sign = scaled < 0 ? '-' : '';
  const number = frac === '' ? int || '0' : `${int}.${frac}`;
  return `${literal.slice(0, start)}${sign}${number}${literal.slice(end)}`;
}

/** Drops trailing digits whose placeholder is "#" and that are zero. */
function trimOptionalDigits(digits: string, pattern: string): string {
  let out = digits;
  for (let i = pattern.length - 1; i >= 0 && pattern[i] === '#' && out.endsWith('0'); i -= 1) out = out.slice(0, -1);
  return out;
}

function isDateFormat(section: string): boolean {
  const unquoted = section.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dyhs]/i.test(unquoted) || /^[^0#?]*m[^0#?]*$/i.test(unquoted);
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Excel serial (days since 1899-12-30) rendered with d/m/y/h/s codes; "m" after "h" means minutes. */
function renderDate(serial: number, section: string): string {
  const date = new Date(Math.round((serial - 25569) * 86400000));
  const parts: Record<string, () => string> = {
    yyyy: () => String(date.getUTCFullYear()),
    yy: () => String(date.getUTCFullYear() % 100).padStart(2, '0'),
    mmmm: () => MONTH_NAMES[date.getUTCMonth()] ?? '',
    mmm: () => (MONTH_NAMES[date.getUTCMonth()] ?? '').slice(0, 3),
    mm: () => String(date.getUTCMonth() + 1).padStart(2, '0'),
    m: () => String(date.getUTCMonth() + 1),
    dddd: () => DAY_NAMES[date.getUTCDay()] ?? '',
    ddd: () => (DAY_NAMES[date.getUTCDay()] ?? '').slice(0, 3),
    dd: () => String(date.getUTCDate()).padStart(2, '0'),
    d: () => String(date.getUTCDate()),
    hh: () => String(date.getUTCHours()).padStart(2, '0'),
    h: () => String(date.getUTCHours()),
    MM: () => String(date.getUTCMinutes()).padStart(2, '0'),
    M: () => String(date.getUTCMinutes()),
    ss: () => String(date.getUTCSeconds()).padStart(2, '0'),
    s: () => String(date.getUTCSeconds()),
  };
  const tokens = renderLiterals(section).match(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|[^ymdhs]+/gi) ?? [];
  let afterHour = false;
  return tokens
    .map((token, i) => {
      const lower = token.toLowerCase();
      if (lower.startsWith('h')) afterHour = true;
      const beforeSeconds = (tokens[i + 2] ?? tokens[i + 1] ?? '').toLowerCase().startsWith('s');
      const key = /^m+$/.test(lower) && lower.length <= 2 && (afterHour || beforeSeconds) ? lower.toUpperCase() : lower;
      if (/^m+$/.test(lower) && key === lower) afterHour = false;
      return parts[key]?.() ?? token;
    })
    .join('');
}
