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
  const look = cell.style ? CELL_LOOKS[cell.style] : {};
  const isText = typeof cell.v === 'string' || cell.link !== undefined;
  const numFmt = isText ? TEXT_FORMAT : cell.fmt;
  const font = cell.link
    ? { ...BASE_FONT, underline: true, color: { argb: STYLE_COLORS.link }, ...look.font }
    : look.font && { ...BASE_FONT, ...look.font };
  target.style = {
    ...(numFmt !== undefined && { numFmt }),
    ...(font && { font }),
    ...(look.fill && { fill: look.fill }),
    ...(look.border && { border: look.border }),
  };
  if (cell.link) {
    if (cell.v === null || cell.v === '') throw new Error(`cell ${target.address}: a link needs a value to show`);
    target.value = { text: String(cell.v), hyperlink: internalLink(cell.link) };
  } else {
    target.value = cell.v;
  }
  if (cell.note !== undefined) target.note = cell.note;
}
