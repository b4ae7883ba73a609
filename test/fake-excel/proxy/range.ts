/** Fake Excel.Range: a rectangle of one sheet, fixed when the sync reaches the call that made it. */
import { officeError } from '../errors';
import type { RangeRef } from '../model/chart';
import { writeContents, writeNumberFormats } from '../model/range-data';
import { bounding, intersect, isInsideSheet, rect, Rect, MAX_COLS, MAX_ROWS } from '../model/rect';
import { FakeLoadable, call } from './base';
import { ContextCore, ProxyCore } from './core';
import { conditionalFormatsProxy } from './conditional-formats';
import { dataValidationProxy } from './data-validation';
import { clearRange, deleteCells, insertCells, mergeCells, setHyperlink, unmergeCells } from '../model/range-edit';
import { rangeFormatProxy } from './range-format';
import { RANGE_SCHEMA, RangeScalars } from './range-schema';
import { rangeResolver } from './range-args';
import { CORE, Faithful, asReal } from './typing';
import { worksheetProxy } from './worksheet';

export function rangeProxy(ctx: ContextCore, path: string, resolve: () => RangeRef | null): FakeRange {
  return new FakeRange(new ProxyCore(ctx, RANGE_SCHEMA, path, resolve));
}

/** A range returned by a method: queued like Office.js' instantiate action, so errors surface at sync. */
export function spawnRange(ctx: ContextCore, path: string, kind: string, resolve: () => RangeRef | null): Excel.Range {
  const range = rangeProxy(ctx, path, resolve);
  range[CORE].queueBind(kind);
  return asReal(range);
}

export class FakeRange extends FakeLoadable<Excel.Range, RangeRef, RangeScalars> implements Faithful<FakeRange, Excel.Range> {
  get address(): string {
    return this[CORE].read('address');
  }
  get addressLocal(): string {
    return this[CORE].read('addressLocal');
  }
  get cellCount(): number {
    return this[CORE].read('cellCount');
  }
  get columnCount(): number {
    return this[CORE].read('columnCount');
  }
  get columnIndex(): number {
    return this[CORE].read('columnIndex');
  }
  get rowCount(): number {
    return this[CORE].read('rowCount');
  }
  get rowIndex(): number {
    return this[CORE].read('rowIndex');
  }
  get text(): string[][] {
    return this[CORE].read('text');
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this[CORE].read('valueTypes');
  }
  get isEntireColumn(): boolean {
    return this[CORE].read('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this[CORE].read('isEntireRow');
  }
  get top(): number {
    return this[CORE].read('top');
  }
  get left(): number {
    return this[CORE].read('left');
  }
  get width(): number {
    return this[CORE].read('width');
  }
  get height(): number {
    return this[CORE].read('height');
  }

  get values(): unknown[][] {
    return this[CORE].read('values');
  }
  set values(values: unknown[][]) {
    const wb = this[CORE].ctx.workbook;
    const copy = copyInput(values);
    this[CORE].action('values', copy, (t) => writeContents(wb, t, copy, 'Range.values'));
  }

  get formulas(): unknown[][] {
    return this[CORE].read('formulas');
  }
  set formulas(formulas: unknown[][]) {
    const wb = this[CORE].ctx.workbook;
    const copy = copyInput(formulas);
    this[CORE].action('formulas', copy, (t) => writeContents(wb, t, copy, 'Range.formulas'));
  }

  get numberFormat(): unknown[][] {
    return this[CORE].read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    const copy = copyInput(formats);
    this[CORE].action('numberFormat', copy, (t) => writeNumberFormats(t, copy, 'Range.numberFormat'));
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this[CORE].read('hyperlink');
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    const copy = copyInput(link);
    this[CORE].action('hyperlink', copy, (t) => setHyperlink(t, copy));
  }

  get format(): Excel.RangeFormat {
    return asReal(this[CORE].nav('format', () => rangeFormatProxy(this[CORE])));
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return asReal(this[CORE].nav('conditionalFormats', () => conditionalFormatsProxy(this[CORE])));
  }
  get dataValidation(): Excel.DataValidation {
    return asReal(this[CORE].nav('dataValidation', () => dataValidationProxy(this[CORE])));
  }
  get worksheet(): Excel.Worksheet {
    const core = this[CORE];
    return asReal(
      core.nav('worksheet', () => worksheetProxy(core.ctx, `${core.path}.worksheet`, () => core.targetOrNull()?.sheet ?? null)),
    );
  }

  getCell(row: number, column: number): Excel.Range {
    return this.derive('getCell', [row, column], (r) => rect(r.row + row, r.col + column));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.derive('getOffsetRange', [rowOffset, columnOffset], (r) => rect(r.row + rowOffset, r.col + columnOffset, r.rows, r.cols));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derive('getResizedRange', [deltaRows, deltaColumns], (r) => rect(r.row, r.col, r.rows + deltaRows, r.cols + deltaColumns));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this.derive('getAbsoluteResizedRange', [numRows, numColumns], (r) => rect(r.row, r.col, numRows, numColumns));
  }
  getRow(row: number): Excel.Range {
    return this.derive('getRow', [row], (r) => (row < r.rows ? rect(r.row + row, r.col, 1, r.cols) : outside()));
  }
  getColumn(column: number): Excel.Range {
    return this.derive('getColumn', [column], (r) => (column < r.cols ? rect(r.row, r.col + column, r.rows, 1) : outside()));
  }
  getRowsAbove(count = 1): Excel.Range {
    return this.derive('getRowsAbove', [count], (r) => rect(r.row - count, r.col, count, r.cols));
  }
  getRowsBelow(count = 1): Excel.Range {
    return this.derive('getRowsBelow', [count], (r) => rect(r.row + r.rows, r.col, count, r.cols));
  }
  getColumnsBefore(count = 1): Excel.Range {
    return this.derive('getColumnsBefore', [count], (r) => rect(r.row, r.col - count, r.rows, count));
  }
  getColumnsAfter(count = 1): Excel.Range {
    return this.derive('getColumnsAfter', [count], (r) => rect(r.row, r.col + r.cols, r.rows, count));
  }
  getEntireRow(): Excel.Range {
    return this.derive('getEntireRow', [], (r) => rect(r.row, 0, r.rows, MAX_COLS));
  }
  getEntireColumn(): Excel.Range {
    return this.derive('getEntireColumn', [], (r) => rect(0, r.col, MAX_ROWS, r.cols));
  }
  getLastRow(): Excel.Range {
    return this.derive('getLastRow', [], (r) => rect(r.row + r.rows - 1, r.col, 1, r.cols));
  }
  getLastColumn(): Excel.Range {
    return this.derive('getLastColumn', [], (r) => rect(r.row, r.col + r.cols - 1, r.rows, 1));
  }
  getLastCell(): Excel.Range {
    return this.derive('getLastCell', [], (r) => rect(r.row + r.rows - 1, r.col + r.cols - 1));
  }
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.derive('getUsedRange', [valuesOnly], (r, t) => usedWithin(t, r, valuesOnly));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.derive('getUsedRangeOrNullObject', [valuesOnly], (r, t) => usedWithin(t, r, valuesOnly), true);
  }
  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    return this.combine('getIntersection', anotherRange, intersect);
  }
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    return this.combine('getIntersectionOrNullObject', anotherRange, intersect, true);
  }
  getBoundingRect(anotherRange: Excel.Range | string): Excel.Range {
    return this.combine('getBoundingRect', anotherRange, bounding);
  }

  select(): void {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('select', null, (t) => {
      wb.selection = { sheet: t.sheet, rect: t.rect };
      wb.activeSheet = t.sheet;
    });
  }
  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('clear', applyTo ?? 'All', (t) => clearRange(wb, t, applyTo ?? 'All'));
  }
  delete(shift: Excel.DeleteShiftDirection | 'Up' | 'Left'): void {
    this[CORE].action('delete', shift, (t) => deleteCells(t, shift));
  }
  insert(shift: Excel.InsertShiftDirection | 'Down' | 'Right'): Excel.Range {
    const core = this[CORE];
    core.action('insert', shift, (t) => insertCells(t, shift));
    return this.derive('insert', [shift], (r) => r);
  }
  merge(across?: boolean): void {
    this[CORE].action('merge', across ?? false, (t) => mergeCells(t, across ?? false));
  }
  unmerge(): void {
    this[CORE].action('unmerge', null, (t) => unmergeCells(t));
  }
  track(): Excel.Range {
    return asReal(this);
  }
  untrack(): Excel.Range {
    return asReal(this);
  }

  private derive(member: string, args: unknown[], make: (r: Rect, t: RangeRef) => Rect | null, orNull = false): Excel.Range {
    const core = this[CORE];
    const location = `Range.${member}`;
    return spawnRange(core.ctx, `${core.path}.${call(member, ...args)}`, location, () => {
      const t = core.targetOrNull();
      if (!t) return null;
      const r = make(t.rect, t);
      if (r === null) {
        if (orNull) return null;
        throw officeError('ItemNotFound', location);
      }
      if (!isInsideSheet(r)) throw officeError('InvalidArgument', location, 'The range would lie outside the worksheet.');
      return { sheet: t.sheet, rect: r };
    });
  }

  private combine(member: string, other: Excel.Range | string, op: (a: Rect, b: Rect) => Rect | null, orNull = false): Excel.Range {
    const core = this[CORE];
    const location = `Range.${member}`;
    const otherRef = rangeResolver(core.ctx, other, () => core.target(location).sheet, location);
    return this.derive(
      member,
      [typeof other === 'string' ? other : 'Range'],
      (r, t) => {
        const o = otherRef();
        if (o.sheet !== t.sheet) throw officeError('InvalidArgument', location, 'The ranges are on different worksheets.');
        return op(r, o.rect);
      },
      orNull,
    );
  }
}

function outside(): Rect {
  return rect(-1, -1);
}

function usedWithin(t: RangeRef, r: Rect, valuesOnly: boolean | undefined): Rect | null {
  const used = t.sheet.usedRect(valuesOnly ?? false);
  return used ? intersect(used, r) : null;
}

/** Inputs are copied when set: Office.js serialises them into the request, so later mutation is invisible. */
function copyInput<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}
