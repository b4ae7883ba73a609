/** Fake Excel.TableCollection (workbook- or sheet-scoped) and Excel.Table. */
import { officeError } from '../errors';
import type { RangeRef } from '../model/chart';
import { SheetModel, checkEditable } from '../model/sheet';
import {
  TableModel,
  bodyRect,
  createTable,
  headerRect,
  removeTable,
  renameTable,
  toggleHeaders,
  toggleTotals,
  totalRect,
} from '../model/table';
import type { WorkbookModel } from '../model/workbook';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { spawnRange } from './range';
import { rangeResolver } from './range-args';
import { tableColumnsProxy, tableRowsProxy } from './table-parts';
import { CORE, Faithful, asReal } from './typing';
import { worksheetProxy } from './worksheet';

export interface TableScope {
  readonly workbook: WorkbookModel;
  /** null: the workbook's collection (all sheets). */
  readonly sheet: SheetModel | null;
}

const tablesIn = (scope: TableScope): TableModel[] => (scope.sheet ? scope.sheet.tables : scope.workbook.allTables());

type CollectionScalars = Pick<Excel.TableCollection, 'count'>;

const COLLECTION_SCHEMA: ProxySchema<TableScope, CollectionScalars> = {
  typeName: 'TableCollection',
  scalars: { count: (scope) => tablesIn(scope).length },
  items: (scope, ctx, path) =>
    tablesIn(scope).map((t) => new FakeTable(ProxyCore.forTarget(ctx, TABLE_SCHEMA, `${path}.${call('getItem', t.name)}`, t))),
};

export function tableCollectionProxy<T>(parent: ProxyCore<T, unknown>, toScope: (target: T) => TableScope): FakeTableCollection {
  return new FakeTableCollection(parent.child(COLLECTION_SCHEMA, 'tables', (t) => (t === null ? null : toScope(t))));
}

export class FakeTableCollection
  extends FakeLoadable<Excel.TableCollection, TableScope, CollectionScalars>
  implements Faithful<FakeTableCollection, Excel.TableCollection>
{
  get count(): number {
    return this[CORE].read('count');
  }
  get items(): Excel.Table[] {
    return this[CORE].readItems<Excel.Table>();
  }

  /** Without a sheet in the address, the sheet of this collection (or the active sheet) is used. */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    const core = this[CORE];
    const location = 'TableCollection.add';
    const defaultSheet = () => {
      const scope = core.target(location);
      const sheet = scope.sheet ?? scope.workbook.activeSheet;
      if (!sheet) throw officeError('ItemNotFound', location);
      return sheet;
    };
    const source = rangeResolver(core.ctx, address, defaultSheet, location);
    const args = [typeof address === 'string' ? address : 'Range', hasHeaders];
    const create = (scope: TableScope) => {
      const ref = source();
      if (scope.sheet && ref.sheet !== scope.sheet) throw officeError('InvalidArgument', location, 'The range is on another worksheet.');
      checkEditable(ref.sheet, location);
      return createTable(scope.workbook, ref.sheet, ref.rect, hasHeaders, location);
    };
    return asReal(queueCreate(core, 'add', args, create, (path, resolve) => tableProxy(core.ctx, path, resolve)));
  }

  getItem(key: string): Excel.Table {
    return this.find('getItem', key, false);
  }
  getItemOrNullObject(key: string): Excel.Table {
    return this.find('getItemOrNullObject', key, true);
  }
  getItemAt(index: number): Excel.Table {
    return this.spawn('getItemAt', [index], (scope) => {
      const table = tablesIn(scope)[index];
      if (!table) throw officeError('ItemNotFound', 'TableCollection.getItemAt');
      return table;
    });
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (scope) => tablesIn(scope).length);
  }

  private find(member: string, key: string, orNull: boolean): Excel.Table {
    return this.spawn(member, [key], (scope) => {
      const table = scope.workbook.findTable(key);
      const inScope = table && (!scope.sheet || table.sheet === scope.sheet) ? table : undefined;
      if (inScope) return inScope;
      if (orNull) return null;
      throw officeError('ItemNotFound', `TableCollection.${member}`, `The table '${key}' does not exist.`);
    });
  }

  private spawn(member: string, args: unknown[], resolve: (scope: TableScope) => TableModel | null): Excel.Table {
    const core = this[CORE];
    const table = tableProxy(core.ctx, `${core.path}.${call(member, ...args)}`, () => {
      const scope = core.targetOrNull();
      return scope ? resolve(scope) : null;
    });
    table[CORE].queueBind(`TableCollection.${member}`, args);
    return asReal(table);
  }
}

type TableScalars = Pick<
  Excel.Table,
  | 'id'
  | 'name'
  | 'showHeaders'
  | 'showTotals'
  | 'showFilterButton'
  | 'showBandedRows'
  | 'showBandedColumns'
  | 'highlightFirstColumn'
  | 'highlightLastColumn'
  | 'style'
>;

export const TABLE_SCHEMA: ProxySchema<TableModel, TableScalars> = {
  typeName: 'Table',
  scalars: {
    id: (t) => t.id,
    name: (t) => t.name,
    showHeaders: (t) => t.showHeaders,
    showTotals: (t) => t.showTotals,
    showFilterButton: (t) => t.showFilterButton,
    showBandedRows: (t) => t.showBandedRows,
    showBandedColumns: (t) => t.showBandedColumns,
    highlightFirstColumn: (t) => t.highlightFirstColumn,
    highlightLastColumn: (t) => t.highlightLastColumn,
    style: (t) => t.style,
  },
  navigation: ['rows', 'columns', 'worksheet'],
  isAlive: (t) => !t.deleted,
};

export function tableProxy(ctx: ContextCore, path: string, resolve: () => TableModel | null): FakeTable {
  return new FakeTable(new ProxyCore(ctx, TABLE_SCHEMA, path, resolve));
}

type Flag = 'showFilterButton' | 'showBandedRows' | 'showBandedColumns' | 'highlightFirstColumn' | 'highlightLastColumn';

export class FakeTable extends FakeLoadable<Excel.Table, TableModel, TableScalars> implements Faithful<FakeTable, Excel.Table> {
  get id(): string {
    return this[CORE].read('id');
  }
  get name(): string {
    return this[CORE].read('name');
  }
  set name(name: string) {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('name', name, (t) => renameTable(wb, t, name, 'Table.name'));
  }
  get style(): string {
    return this[CORE].read('style');
  }
  set style(style: string) {
    this[CORE].action('style', style, (t) => (t.style = style));
  }
  get showHeaders(): boolean {
    return this[CORE].read('showHeaders');
  }
  set showHeaders(show: boolean) {
    this[CORE].action('showHeaders', show, (t) => toggleHeaders(t, show));
  }
  get showTotals(): boolean {
    return this[CORE].read('showTotals');
  }
  set showTotals(show: boolean) {
    this[CORE].action('showTotals', show, (t) => toggleTotals(t, show));
  }
  get showFilterButton(): boolean {
    return this[CORE].read('showFilterButton');
  }
  set showFilterButton(show: boolean) {
    this.flag('showFilterButton', show);
  }
  get showBandedRows(): boolean {
    return this[CORE].read('showBandedRows');
  }
  set showBandedRows(show: boolean) {
    this.flag('showBandedRows', show);
  }
  get showBandedColumns(): boolean {
    return this[CORE].read('showBandedColumns');
  }
  set showBandedColumns(show: boolean) {
    this.flag('showBandedColumns', show);
  }
  get highlightFirstColumn(): boolean {
    return this[CORE].read('highlightFirstColumn');
  }
  set highlightFirstColumn(on: boolean) {
    this.flag('highlightFirstColumn', on);
  }
  get highlightLastColumn(): boolean {
    return this[CORE].read('highlightLastColumn');
  }
  set highlightLastColumn(on: boolean) {
    this.flag('highlightLastColumn', on);
  }

  get rows(): Excel.TableRowCollection {
    return asReal(this[CORE].nav('rows', () => tableRowsProxy(this[CORE])));
  }
  get columns(): Excel.TableColumnCollection {
    return asReal(this[CORE].nav('columns', () => tableColumnsProxy(this[CORE])));
  }
  get worksheet(): Excel.Worksheet {
    const core = this[CORE];
    return asReal(
      core.nav('worksheet', () => worksheetProxy(core.ctx, `${core.path}.worksheet`, () => core.targetOrNull()?.sheet ?? null)),
    );
  }

  getRange(): Excel.Range {
    return this.range('getRange', (t) => t.rect);
  }
  getHeaderRowRange(): Excel.Range {
    return this.range('getHeaderRowRange', headerRect);
  }
  getDataBodyRange(): Excel.Range {
    return this.range('getDataBodyRange', bodyRect);
  }
  getTotalRowRange(): Excel.Range {
    return this.range('getTotalRowRange', totalRect);
  }

  delete(): void {
    this[CORE].action('delete', null, (t) => removeTable(t, true));
  }
  convertToRange(): Excel.Range {
    const core = this[CORE];
    let converted: RangeRef | undefined;
    core.action('convertToRange', null, (t) => {
      converted = { sheet: t.sheet, rect: t.rect };
      removeTable(t, false);
    });
    return spawnRange(core.ctx, `${core.path}.convertToRange()`, 'Table.convertToRange', () => {
      if (!converted) throw officeError('ItemNotFound', 'Table.convertToRange');
      return converted;
    });
  }
  clearFilters(): void {
    this[CORE].action('clearFilters', null, () => undefined);
  }
  reapplyFilters(): void {
    this[CORE].action('reapplyFilters', null, () => undefined);
  }

  private flag(member: Flag, value: boolean): void {
    this[CORE].action(member, value, (t) => (t[member] = value));
  }

  private range(member: string, pick: (t: TableModel) => ReturnType<typeof headerRect>): Excel.Range {
    const core = this[CORE];
    const location = `Table.${member}`;
    return spawnRange(core.ctx, `${core.path}.${member}()`, location, () => {
      const table = core.targetOrNull();
      if (!table) return null;
      const area = pick(table);
      if (!area) throw officeError('InvalidOperation', location, `The table has no ${member.slice(3, -5)} row.`);
      return { sheet: table.sheet, rect: area };
    });
  }
}
