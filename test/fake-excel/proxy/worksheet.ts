/** Fake Excel.Worksheet. */
import { officeError } from '../errors';
import type { RangeRef } from '../model/chart';
import { MAX_COLS, MAX_ROWS, isInsideSheet, rect } from '../model/rect';
import { SheetModel } from '../model/sheet';
import { normaliseColor } from '../model/style';
import { FakeLoadable, call } from './base';
import { chartCollectionProxy } from './charts';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { spawnRange } from './range';
import { rangeOnSheet } from './range-args';
import { tableCollectionProxy } from './tables';
import { CORE, Faithful, asReal } from './typing';
import { freezePanesProxy, pageLayoutProxy, protectionProxy } from './worksheet-parts';

type SheetScalars = Pick<
  Excel.Worksheet,
  'id' | 'name' | 'position' | 'visibility' | 'tabColor' | 'showGridlines' | 'standardWidth' | 'standardHeight'
>;

export const WORKSHEET_SCHEMA: ProxySchema<SheetModel, SheetScalars> = {
  typeName: 'Worksheet',
  scalars: {
    id: (s) => s.id,
    name: (s) => s.name,
    position: (s) => s.book.sheets.indexOf(s),
    visibility: (s) => s.visibility,
    tabColor: (s) => s.tabColor,
    showGridlines: (s) => s.showGridlines,
    standardWidth: () => 8.43,
    standardHeight: () => 15,
  },
  navigation: ['tables', 'charts', 'freezePanes', 'pageLayout', 'protection'],
  isAlive: (s) => !s.deleted,
};

export function worksheetProxy(ctx: ContextCore, path: string, resolve: () => SheetModel | null): FakeWorksheet {
  return new FakeWorksheet(new ProxyCore(ctx, WORKSHEET_SCHEMA, path, resolve));
}

export class FakeWorksheet
  extends FakeLoadable<Excel.Worksheet, SheetModel, SheetScalars>
  implements Faithful<FakeWorksheet, Excel.Worksheet>
{
  get id(): string {
    return this[CORE].read('id');
  }
  get standardWidth(): number {
    return this[CORE].read('standardWidth');
  }
  get standardHeight(): number {
    return this[CORE].read('standardHeight');
  }
  get name(): string {
    return this[CORE].read('name');
  }
  set name(name: string) {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('name', name, (s) => wb.renameSheet(s, name, 'Worksheet.name'));
  }
  get position(): number {
    return this[CORE].read('position');
  }
  set position(position: number) {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('position', position, (s) => wb.moveSheet(s, position, 'Worksheet.position'));
  }
  get visibility(): Excel.Worksheet['visibility'] {
    return this[CORE].read('visibility');
  }
  set visibility(visibility: Excel.Worksheet['visibility']) {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('visibility', visibility, (s) => wb.setVisibility(s, visibility as SheetModel['visibility'], 'Worksheet.visibility'));
  }
  get tabColor(): string {
    return this[CORE].read('tabColor');
  }
  set tabColor(color: string) {
    this[CORE].action('tabColor', color, (s) => (s.tabColor = color === '' ? '' : normaliseColor(color)));
  }
  get showGridlines(): boolean {
    return this[CORE].read('showGridlines');
  }
  set showGridlines(show: boolean) {
    this[CORE].action('showGridlines', show, (s) => (s.showGridlines = show));
  }

  get tables(): Excel.TableCollection {
    const wb = this[CORE].ctx.workbook;
    return asReal(this[CORE].nav('tables', () => tableCollectionProxy(this[CORE], (sheet) => ({ workbook: wb, sheet }))));
  }
  get charts(): Excel.ChartCollection {
    return asReal(this[CORE].nav('charts', () => chartCollectionProxy(this[CORE])));
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    return asReal(this[CORE].nav('freezePanes', () => freezePanesProxy(this[CORE])));
  }
  get pageLayout(): Excel.PageLayout {
    return asReal(this[CORE].nav('pageLayout', () => pageLayoutProxy(this[CORE])));
  }
  get protection(): Excel.WorksheetProtection {
    return asReal(this[CORE].nav('protection', () => protectionProxy(this[CORE])));
  }

  activate(): void {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('activate', null, (s) => {
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', 'Worksheet.activate', 'A hidden sheet cannot be activated.');
      wb.activeSheet = s;
      wb.selection = { sheet: s, rect: rect(0, 0) };
    });
  }

  delete(): void {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('delete', null, (s) => wb.deleteSheet(s, 'Worksheet.delete'));
  }

  /** No address: the whole sheet ("1:1048576"), as in Excel. */
  getRange(address?: string): Excel.Range {
    return this.range('getRange', [address], (s) =>
      address === undefined ? { sheet: s, rect: rect(0, 0, MAX_ROWS, MAX_COLS) } : rangeOnSheet(s, address, 'Worksheet.getRange'),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], (s) => ({
      sheet: s,
      rect: checked(rect(startRow, startColumn, rowCount, columnCount), 'Worksheet.getRangeByIndexes'),
    }));
  }

  getCell(row: number, column: number): Excel.Range {
    return this.range('getCell', [row, column], (s) => ({ sheet: s, rect: checked(rect(row, column), 'Worksheet.getCell') }));
  }

  /** An empty sheet's used range is A1 (getUsedRange) or a null object (getUsedRangeOrNullObject). */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.range('getUsedRange', [valuesOnly], (s) => ({ sheet: s, rect: s.usedRect(valuesOnly ?? false) ?? rect(0, 0) }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.range('getUsedRangeOrNullObject', [valuesOnly], (s) => {
      const used = s.usedRect(valuesOnly ?? false);
      return used ? { sheet: s, rect: used } : null;
    });
  }

  private range(member: string, args: unknown[], resolve: (s: SheetModel) => RangeRef | null): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, `${core.path}.${call(member, ...args)}`, `Worksheet.${member}`, () => {
      const sheet = core.targetOrNull();
      return sheet ? resolve(sheet) : null;
    });
  }
}

function checked<R extends { row: number; col: number; rows: number; cols: number }>(r: R, location: string): R {
  if (!isInsideSheet(r)) throw officeError('InvalidArgument', location, 'The range would lie outside the worksheet.');
  return r;
}
