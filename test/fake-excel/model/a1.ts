/**
 * A1 addresses as Excel reads and writes them: "B3", "$A$1:C9", "A:C", "2:5", "Data!A1",
 * "'Prüf bericht'!A1". Parsing failures are InvalidArgument, like a bad address passed to getRange.
 */
import { officeError } from '../errors';
import { MAX_COLS, MAX_ROWS, Rect, isEntireColumns, isEntireRows, rect } from './rect';

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnFromLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface ParsedAddress {
  /** The sheet named in the address, unquoted; null when the address has no sheet part. */
  readonly sheet: string | null;
  readonly rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

export function parseAddress(text: string): ParsedAddress {
  const { sheet, local } = splitSheet(text.trim());
  const parts = local.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) throw badAddress(text);
  const first = parts[0] ?? '';
  const second = parts[1] ?? first;
  const range = cellsRange(first, second) ?? (parts.length === 2 ? linesRange(first, second) : null);
  if (!range) throw badAddress(text);
  return { sheet, rect: range };
}

function cellsRange(a: string, b: string): Rect | null {
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return span(p.row, p.col, q.row, q.col);
}

/** "A:C" (whole columns) or "2:5" (whole rows). */
function linesRange(a: string, b: string): Rect | null {
  const ca = COLUMN.exec(a);
  const cb = COLUMN.exec(b);
  if (ca && cb) {
    const c1 = columnFromLetters(ca[1] ?? '');
    const c2 = columnFromLetters(cb[1] ?? '');
    if (Math.max(c1, c2) >= MAX_COLS) return null;
    return rect(0, Math.min(c1, c2), MAX_ROWS, Math.abs(c2 - c1) + 1);
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    if (Math.min(r1, r2) < 0 || Math.max(r1, r2) >= MAX_ROWS) return null;
    return rect(Math.min(r1, r2), 0, Math.abs(r2 - r1) + 1, MAX_COLS);
  }
  return null;
}

function parseCell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = columnFromLetters(m[1] ?? '');
  const row = Number(m[2]) - 1;
  return row < 0 || row >= MAX_ROWS || col >= MAX_COLS ? null : { row, col };
}

function span(r1: number, c1: number, r2: number, c2: number): Rect {
  return rect(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
}

function splitSheet(text: string): { sheet: string | null; local: string } {
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (ch === "'") {
        break;
      } else {
        name += ch;
        i += 1;
      }
    }
    if (text[i + 1] !== '!') throw badAddress(text);
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { sheet: null, local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

function badAddress(text: string) {
  return officeError('InvalidArgument', 'Range.address', `The address '${text}' is not a valid A1 address.`);
}

/** "A1", "A1:C3", "A:C" or "2:5"; with `absolute`, "$A$1:$C$3" as Excel writes list sources. */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isEntireColumns(r) && !isEntireRows(r)) {
    return `${d}${columnLetters(r.col)}:${d}${columnLetters(r.col + r.cols - 1)}`;
  }
  if (isEntireRows(r)) return `${d}${r.row + 1}:${d}${r.row + r.rows}`;
  const first = `${d}${columnLetters(r.col)}${d}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${d}${columnLetters(r.col + r.cols - 1)}${d}${r.row + r.rows}`;
}

/** Sheet-qualified address with Excel's quoting: Data!A1, 'Prüf bericht'!A1, 'It''s'!A1. */
export function formatAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r, absolute)}`;
}

const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET_NAME.test(name) && !isCellReferenceLike(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** True for names Excel would read as a cell reference: "A1", "xfd1048576", "R1C1", "R", "C". */
export function isCellReferenceLike(name: string): boolean {
  if (/^[rc]$/i.test(name) || /^r\d*c\d*$/i.test(name)) return true;
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (!m) return false;
  return columnFromLetters(m[1] ?? '') < MAX_COLS && Number(m[2]) >= 1 && Number(m[2]) <= MAX_ROWS;
}
