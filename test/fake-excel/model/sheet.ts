/**
 * One worksheet's state. Cells are stored sparsely; formatting of whole rows/columns lives in
 * "band" styles so `getRange("C:C").numberFormat = "@"` does not materialise a million cells.
 */
import type { ChartModel } from './chart';
import type { ConditionalFormatModel, ValidationModel } from './range-rules';
import type { TableModel } from './table';
import { officeError } from '../errors';
import { CellContent, EMPTY_CONTENT } from './cell-input';
import { MAX_COLS, Rect, area, containsCell, isEntireColumns, isEntireRows, lastCol, lastRow, rect } from './rect';
import { CellStyle, DEFAULT_STYLE, StylePatch, patchStyle } from './style';

export interface HyperlinkModel {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export interface CellModel {
  content: CellContent;
  style: CellStyle;
  hyperlink?: HyperlinkModel;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printTitleRows: Rect | null;
  printTitleColumns: Rect | null;
  printArea: Rect | null;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const cellKey = (row: number, col: number): number => row * MAX_COLS + col;

export class SheetModel {
  visibility: SheetVisibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  isProtected = false;
  protectionPassword: string | null = null;
  deleted = false;
  freeze = { rows: 0, cols: 0 };
  readonly cells = new Map<number, CellModel>();
  readonly columnStyles = new Map<number, CellStyle>();
  readonly rowStyles = new Map<number, CellStyle>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Columns/rows whose size came from autofit, so tests can assert that autofit ran. */
  readonly autofitColumns = new Set<number>();
  readonly autofitRows = new Set<number>();
  readonly merges: Rect[] = [];
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly validations: ValidationModel[] = [];
  readonly pageLayout: PageLayoutModel = {
    orientation: 'Portrait',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
  };

  constructor(
    readonly id: string,
    public name: string,
    /** The sheet list it belongs to, for `position`. */
    readonly book: { readonly sheets: readonly SheetModel[] },
  ) {}

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(cellKey(row, col));
  }

  contentAt(row: number, col: number): CellContent {
    return this.cell(row, col)?.content ?? EMPTY_CONTENT;
  }

  styleAt(row: number, col: number): CellStyle {
    return this.cell(row, col)?.style ?? this.bandStyle(row, col);
  }

  /** Row formatting wins over column formatting, as the later, narrower band does in Excel. */
  private bandStyle(row: number, col: number): CellStyle {
    return this.rowStyles.get(row) ?? this.columnStyles.get(col) ?? DEFAULT_STYLE;
  }

  ensureCell(row: number, col: number): CellModel {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { content: EMPTY_CONTENT, style: this.bandStyle(row, col) };
      this.cells.set(key, cell);
    }
    return cell;
  }

  setContent(row: number, col: number, content: CellContent): void {
    this.ensureCell(row, col).content = content;
  }

  /** Stored cells inside `r`, row by row; walks the map or the rectangle, whichever is smaller. */
  *cellsIn(r: Rect): Generator<{ row: number; col: number; cell: CellModel }> {
    if (area(r) > this.cells.size) {
      const found: { row: number; col: number; cell: CellModel }[] = [];
      for (const [key, cell] of this.cells) {
        const row = Math.floor(key / MAX_COLS);
        const col = key % MAX_COLS;
        if (containsCell(r, row, col)) found.push({ row, col, cell });
      }
      found.sort((a, b) => a.row - b.row || a.col - b.col);
      yield* found;
      return;
    }
    for (let row = r.row; row <= lastRow(r); row += 1) {
      for (let col = r.col; col <= lastCol(r); col += 1) {
        const cell = this.cell(row, col);
        if (cell) yield { row, col, cell };
      }
    }
  }

  patchStyle(r: Rect, patch: StylePatch): void {
    if (isEntireColumns(r) || isEntireRows(r)) {
      this.patchBands(r, patch);
      for (const { cell } of this.cellsIn(r)) cell.style = patchStyle(cell.style, patch);
      return;
    }
    for (let row = r.row; row <= lastRow(r); row += 1) {
      for (let col = r.col; col <= lastCol(r); col += 1) {
        const cell = this.ensureCell(row, col);
        cell.style = patchStyle(cell.style, patch);
      }
    }
  }

  private patchBands(r: Rect, patch: StylePatch): void {
    if (isEntireRows(r)) {
      for (let row = r.row; row <= lastRow(r); row += 1) {
        this.rowStyles.set(row, patchStyle(this.rowStyles.get(row) ?? DEFAULT_STYLE, patch));
      }
      return;
    }
    for (let col = r.col; col <= lastCol(r); col += 1) {
      this.columnStyles.set(col, patchStyle(this.columnStyles.get(col) ?? DEFAULT_STYLE, patch));
    }
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Points from the sheet's top-left corner to the top-left corner of a cell (for chart placement). */
  offsetOf(row: number, col: number): { top: number; left: number } {
    let left = col * DEFAULT_COLUMN_WIDTH;
    for (const [c, w] of this.columnWidths) if (c < col) left += w - DEFAULT_COLUMN_WIDTH;
    let top = row * DEFAULT_ROW_HEIGHT;
    for (const [r, h] of this.rowHeights) if (r < row) top += h - DEFAULT_ROW_HEIGHT;
    return { top, left };
  }

  /** Excel's used range: cells with values (valuesOnly) or with values, formats or hyperlinks. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const used = cell.content !== EMPTY_CONTENT && cell.content.value !== '' ? true : !valuesOnly && isFormatted(cell);
      if (!used) continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : rect(top, left, bottom - top + 1, right - left + 1);
  }

  /** Drops cells that hold nothing any more, so the used range shrinks after a clear. */
  compact(r: Rect): void {
    for (const { row, col, cell } of [...this.cellsIn(r)]) {
      if (cell.content.value === '' && !cell.content.isError && !isFormatted(cell) && cell.style === this.bandStyle(row, col)) {
        this.cells.delete(cellKey(row, col));
      }
    }
  }

  /** Moves every stored cell for which `move` returns a new position; others stay. */
  moveCells(move: (row: number, col: number) => { row: number; col: number } | null | 'drop'): void {
    const moved: [number, CellModel][] = [];
    for (const [key, cell] of [...this.cells]) {
      const target = move(Math.floor(key / MAX_COLS), key % MAX_COLS);
      if (target === null) continue;
      this.cells.delete(key);
      if (target !== 'drop') moved.push([cellKey(target.row, target.col), cell]);
    }
    for (const [key, cell] of moved) this.cells.set(key, cell);
  }
}

function isFormatted(cell: CellModel): boolean {
  return cell.style !== DEFAULT_STYLE || cell.hyperlink !== undefined;
}

/** Excel refuses cell edits on a protected sheet. */
export function checkEditable(sheet: SheetModel, location: string): void {
  if (sheet.isProtected) {
    throw officeError(
      'AccessDenied',
      location,
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    );
  }
}
