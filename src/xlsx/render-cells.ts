import type ExcelJS from 'exceljs';
import type { Cell, SheetModel } from '../core/model/sheet';
import { quoteSheet } from './refs';
import { BASE_FONT, CELL_LOOKS, STYLE_COLORS, TEXT_FORMAT } from './styles';

/** Writes the blocks of a model: values, formats, styles, internal links and notes. */
export function writeBlocks(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  for (const block of model.blocks) {
    block.cells.forEach((cells, r) => cells.forEach((cell, c) => writeCell(worksheet.getCell(block.row + r + 1, block.col + c + 1), cell)));
  }
}

/** Hyperlink target of an internal link as ExcelJS takes it: #'Sheet name'!B3. */
export function internalLink(link: NonNullable<Cell['link']>): string {
  return `#${quoteSheet(link.sheet)}!${link.cell}`;
}

/**
 * One cell. Text is always a plain string with format "@" (so "=SUMME(A1)", "+49 123", "-x", "@home"
 * stay text and never become formulas); a linked cell shows its value as text.
 */
export function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  const isText = typeof cell.v === 'string' || cell.link !== undefined;
  target.style = sharedStyle(isText ? TEXT_FORMAT : cell.fmt, cell.style, cell.link !== undefined);
  if (cell.link) {
    if (cell.v === null || cell.v === '') throw new Error(`cell ${target.address}: a link needs a value to show`);
    target.value = { text: String(cell.v), hyperlink: internalLink(cell.link) };
  } else {
    target.value = cell.v;
  }
  if (cell.note !== undefined) target.note = cell.note;
}

const STYLES = new Map<string, Partial<ExcelJS.Style>>();

/**
 * One frozen style object per combination of number format, cell style and link. ExcelJS looks every
 * cell's style object up in a WeakMap when saving and serialises each new one: a fresh object per cell
 * (1.76 million on the Typologie sheet of a 110,000-row report) costs most of the save and gigabytes of
 * memory. Like shareEmptyStyles, the objects are frozen, so no rendered cell may be restyled afterwards.
 */
function sharedStyle(numFmt: string | undefined, style: Cell['style'], link: boolean): Partial<ExcelJS.Style> {
  const key = `${style ?? ''}|${link ? 'link' : ''}|${numFmt ?? ''}`;
  let shared = STYLES.get(key);
  if (!shared) {
    shared = deepFreeze(structuredClone(cellStyle(numFmt, style, link)));
    STYLES.set(key, shared);
  }
  return shared;
}

function cellStyle(numFmt: string | undefined, style: Cell['style'], link: boolean): Partial<ExcelJS.Style> {
  const look = style ? CELL_LOOKS[style] : {};
  const font = link
    ? { ...BASE_FONT, underline: true, color: { argb: STYLE_COLORS.link }, ...look.font }
    : look.font && { ...BASE_FONT, ...look.font };
  return {
    ...(numFmt !== undefined && { numFmt }),
    ...(font && { font }),
    ...(look.fill && { fill: look.fill }),
    ...(look.border && { border: look.border }),
  };
}

/** Freezes an object and everything in it (callers pass a copy, so CELL_LOOKS stays unfrozen). */
function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child as object);
  return Object.freeze(value);
}
