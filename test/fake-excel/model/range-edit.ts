/** Structural edits of a range: clear, delete/insert with shifting, merge, hyperlinks. */
import { officeError } from '../errors';
import { EMPTY_CONTENT } from './cell-input';
import type { RangeRef } from './chart';
import { forEachCell } from './range-data';
import { MAX_COLS, MAX_ROWS, Rect, contains, intersect, isEntireColumns, isEntireRows, lastCol, lastRow, rect } from './rect';
import { HyperlinkModel, checkEditable } from './sheet';
import { DEFAULT_STYLE } from './style';
import type { WorkbookModel } from './workbook';

type ClearKind = 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';

/**
 * Range.clear. "All" and "Formats" also drop conditional formats lying wholly inside the range
 * (Excel trims partly covered ones; the fake leaves those alone). "All" removes notes and comments.
 */
export function clearRange(wb: WorkbookModel, ref: RangeRef, applyTo: string): void {
  const kind = applyTo as ClearKind;
  checkEditable(ref.sheet, 'Range.clear');
  const contents = kind === 'All' || kind === 'Contents' || kind === 'ResetContents';
  const formats = kind === 'All' || kind === 'Formats';
  const links = kind === 'All' || kind === 'Hyperlinks' || kind === 'RemoveHyperlinks';
  const { sheet } = ref;
  for (const { cell } of sheet.cellsIn(ref.rect)) {
    if (contents) cell.content = EMPTY_CONTENT;
    if (formats || kind === 'Hyperlinks') cell.style = DEFAULT_STYLE;
    if (links) delete cell.hyperlink;
  }
  if (formats) {
    const kept = sheet.conditionalFormats.filter((cf) => !contains(ref.rect, cf.rect));
    for (const cf of sheet.conditionalFormats) if (!kept.includes(cf)) cf.deleted = true;
    sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
  }
  if (kind === 'All') {
    for (const note of wb.annotations) {
      if (note.sheet === sheet && intersect(ref.rect, rect(note.row, note.col))) note.deleted = true;
    }
    wb.annotations.splice(0, wb.annotations.length, ...wb.annotations.filter((a) => !a.deleted));
  }
  sheet.compact(ref.rect);
}

/**
 * Range.delete / Range.insert move cells only; tables, charts, rules and notes keep their
 * addresses (Excel would move them too — see README).
 */
export function deleteCells(ref: RangeRef, shift: string): void {
  checkEditable(ref.sheet, 'Range.delete');
  const r = ref.rect;
  const up = shift === 'Up';
  if (!up && shift !== 'Left') throw officeError('InvalidArgument', 'Range.delete');
  ref.sheet.moveCells((row, col) => {
    if (up ? col < r.col || col > lastCol(r) || row < r.row : row < r.row || row > lastRow(r) || col < r.col) return null;
    if (up ? row <= lastRow(r) : col <= lastCol(r)) return 'drop';
    return up ? { row: row - r.rows, col } : { row, col: col - r.cols };
  });
}

export function insertCells(ref: RangeRef, shift: string): void {
  checkEditable(ref.sheet, 'Range.insert');
  const r = ref.rect;
  const down = shift === 'Down';
  if (!down && shift !== 'Right') throw officeError('InvalidArgument', 'Range.insert');
  if ((down && isEntireColumns(r)) || (!down && isEntireRows(r))) {
    throw officeError('InvalidOperation', 'Range.insert', 'Cells would be pushed off the worksheet.');
  }
  ref.sheet.moveCells((row, col) => {
    if (down ? col < r.col || col > lastCol(r) || row < r.row : row < r.row || row > lastRow(r) || col < r.col) return null;
    const target = down ? { row: row + r.rows, col } : { row, col: col + r.cols };
    return target.row >= MAX_ROWS || target.col >= MAX_COLS ? 'drop' : target;
  });
}

/** Like Excel (after its warning), merging keeps only the top-left value of each merged area. */
export function mergeCells(ref: RangeRef, across: boolean): void {
  checkEditable(ref.sheet, 'Range.merge');
  const areas: Rect[] = across
    ? Array.from({ length: ref.rect.rows }, (_, i) => rect(ref.rect.row + i, ref.rect.col, 1, ref.rect.cols))
    : [ref.rect];
  unmergeCells(ref);
  for (const merged of areas) {
    forEachCell(merged, (row, col) => {
      const isTopLeft = row === merged.row && col === merged.col;
      if (!isTopLeft && ref.sheet.cell(row, col)) ref.sheet.setContent(row, col, EMPTY_CONTENT);
    });
    if (merged.rows * merged.cols > 1) ref.sheet.merges.push(merged);
  }
}

export function unmergeCells(ref: RangeRef): void {
  const kept = ref.sheet.merges.filter((m) => !intersect(m, ref.rect));
  ref.sheet.merges.splice(0, ref.sheet.merges.length, ...kept);
}

/**
 * Setting a hyperlink shows `textToDisplay` (or, in an empty cell, the target) as the cell's text.
 * A hyperlink without address and documentReference removes the link.
 */
export function setHyperlink(ref: RangeRef, link: Excel.RangeHyperlink | null): void {
  checkEditable(ref.sheet, 'Range.hyperlink');
  const target = link?.address ?? link?.documentReference;
  forEachCell(ref.rect, (row, col) => {
    const cell = ref.sheet.ensureCell(row, col);
    if (!link || target === undefined) {
      delete cell.hyperlink;
      return;
    }
    const model: HyperlinkModel = { ...link };
    cell.hyperlink = model;
    const shown = link.textToDisplay ?? (cell.content.value === '' ? target : undefined);
    if (shown !== undefined) cell.content = { value: shown, formula: null, isError: false };
  });
}
