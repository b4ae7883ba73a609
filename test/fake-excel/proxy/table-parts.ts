/** Fake table rows and columns: TableRowCollection, TableRow, TableColumnCollection, TableColumn. */
import { officeError } from '../errors';
import type { RangeRef } from '../model/chart';
import { readValues, writeContents } from '../model/range-data';
import { Rect, rect } from '../model/rect';
import { TableColumnModel, TableModel, bodyRect, headerRect, totalRect } from '../model/table';
import { addTableRows, deleteTableRows } from '../model/table-rows';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { spawnRange } from './range';
import { CORE, Faithful, asReal } from './typing';

// ------------------------------------------------------------------------------------------ rows

interface RowTarget {
  readonly table: TableModel;
  /** Zero-based index within the body; fixed at creation, like Office.js' TableRow.index. */
  readonly index: number;
}

const rowRef = (t: RowTarget): RangeRef => {
  const body = bodyRect(t.table);
  if (t.index >= body.rows) throw officeError('ItemNotFound', 'TableRow', 'The row no longer exists.');
  return { sheet: t.table.sheet, rect: rect(body.row + t.index, body.col, 1, body.cols) };
};

type RowScalars = Pick<Excel.TableRow, 'index' | 'values'>;

const ROW_SCHEMA: ProxySchema<RowTarget, RowScalars> = {
  typeName: 'TableRow',
  scalars: { index: (t) => t.index, values: (t) => readValues(rowRef(t)) },
  isAlive: (t) => !t.table.deleted,
};

type RowsScalars = Pick<Excel.TableRowCollection, 'count'>;

const ROWS_SCHEMA: ProxySchema<TableModel, RowsScalars> = {
  typeName: 'TableRowCollection',
  scalars: { count: (t) => bodyRect(t).rows },
  items: (table, ctx, path) =>
    Array.from({ length: bodyRect(table).rows }, (_, index) =>
      rowProxy(ProxyCore.forTarget(ctx, ROW_SCHEMA, `${path}.${call('getItemAt', index)}`, { table, index })),
    ),
};

const rowProxy = (core: ProxyCore<RowTarget, RowScalars>) => new FakeTableRow(core);

export function tableRowsProxy(table: ProxyCore<TableModel, unknown>): FakeTableRowCollection {
  return new FakeTableRowCollection(table.child(ROWS_SCHEMA, 'rows', (t) => t));
}

type RowValues = Array<Array<boolean | string | number>> | boolean | string | number;

export class FakeTableRowCollection
  extends FakeLoadable<Excel.TableRowCollection, TableModel, RowsScalars>
  implements Faithful<FakeTableRowCollection, Excel.TableRowCollection>
{
  get count(): number {
    return this[CORE].read('count');
  }
  get items(): Excel.TableRow[] {
    return this[CORE].readItems<Excel.TableRow>();
  }

  /** index null/undefined appends; a scalar fills one row; see model/table.ts for Excel's quirks. */
  add(index?: number, values?: RowValues, alwaysInsert?: boolean): Excel.TableRow {
    const core = this[CORE];
    const wb = core.ctx.workbook;
    const copy = values === undefined ? null : (JSON.parse(JSON.stringify(values)) as RowValues);
    const create = (table: TableModel): RowTarget => {
      const rows = Array.isArray(copy) ? copy : [table.columns.map(() => copy ?? '')];
      return { table, index: addTableRows(wb, table, index ?? undefined, rows, 'TableRowCollection.add') };
    };
    void alwaysInsert; // the fake always inserts (shifts the table's columns), see model/table-rows.ts
    return asReal(
      queueCreate(core, 'add', [index ?? null, copy], create, (path, resolve) =>
        rowProxy(new ProxyCore(core.ctx, ROW_SCHEMA, path, resolve)),
      ),
    );
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (t) => bodyRect(t).rows);
  }

  getItemAt(index: number): Excel.TableRow {
    const core = this[CORE];
    const row = rowProxy(
      new ProxyCore(core.ctx, ROW_SCHEMA, `${core.path}.${call('getItemAt', index)}`, () => {
        const table = core.targetOrNull();
        if (!table) return null;
        if (index < 0 || index >= bodyRect(table).rows) throw officeError('ItemNotFound', 'TableRowCollection.getItemAt');
        return { table, index };
      }),
    );
    row[CORE].queueBind('TableRowCollection.getItemAt', [index]);
    return asReal(row);
  }

  deleteRowsAt(index: number, count?: number): void {
    this[CORE].action('deleteRowsAt', [index, count ?? 1], (t) => deleteTableRows(t, index, count ?? 1, 'TableRowCollection.deleteRowsAt'));
  }
}

export class FakeTableRow extends FakeLoadable<Excel.TableRow, RowTarget, RowScalars> implements Faithful<FakeTableRow, Excel.TableRow> {
  get index(): number {
    return this[CORE].read('index');
  }
  get values(): unknown[][] {
    return this[CORE].read('values');
  }
  set values(values: unknown[][]) {
    const wb = this[CORE].ctx.workbook;
    const copy: unknown = JSON.parse(JSON.stringify(values));
    this[CORE].action('values', copy, (t) => writeContents(wb, rowRef(t), copy, 'TableRow.values'));
  }
  getRange(): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, `${core.path}.getRange()`, 'TableRow.getRange', () => {
      const t = core.targetOrNull();
      return t ? rowRef(t) : null;
    });
  }
  delete(): void {
    this[CORE].action('delete', null, (t) => deleteTableRows(t.table, t.index, 1, 'TableRow.delete'));
  }
}

// --------------------------------------------------------------------------------------- columns

interface ColumnTarget {
  readonly table: TableModel;
  readonly column: TableColumnModel;
}

const columnIndex = (t: ColumnTarget): number => t.table.columns.indexOf(t.column);

function columnArea(t: ColumnTarget, part: (table: TableModel) => Rect | null, location: string): RangeRef {
  const area = part(t.table);
  if (!area) throw officeError('InvalidOperation', location, 'The table has no such row.');
  return { sheet: t.table.sheet, rect: rect(area.row, area.col + columnIndex(t), area.rows, 1) };
}

type ColumnScalars = Pick<Excel.TableColumn, 'id' | 'index' | 'name' | 'values'>;

const COLUMN_SCHEMA: ProxySchema<ColumnTarget, ColumnScalars> = {
  typeName: 'TableColumn',
  scalars: {
    id: (t) => t.column.id,
    index: columnIndex,
    name: (t) => t.column.name,
    values: (t) => readValues(columnArea(t, (table) => table.rect, 'TableColumn.values')),
  },
  isAlive: (t) => !t.table.deleted && t.table.columns.includes(t.column),
};

type ColumnsScalars = Pick<Excel.TableColumnCollection, 'count'>;

const COLUMNS_SCHEMA: ProxySchema<TableModel, ColumnsScalars> = {
  typeName: 'TableColumnCollection',
  scalars: { count: (t) => t.columns.length },
  items: (table, ctx, path) =>
    table.columns.map(
      (column) => new FakeTableColumn(ProxyCore.forTarget(ctx, COLUMN_SCHEMA, `${path}.${call('getItem', column.id)}`, { table, column })),
    ),
};

export function tableColumnsProxy(table: ProxyCore<TableModel, unknown>): FakeTableColumnCollection {
  return new FakeTableColumnCollection(table.child(COLUMNS_SCHEMA, 'columns', (t) => t));
}

export class FakeTableColumnCollection
  extends FakeLoadable<Excel.TableColumnCollection, TableModel, ColumnsScalars>
  implements Faithful<FakeTableColumnCollection, Excel.TableColumnCollection>
{
  get count(): number {
    return this[CORE].read('count');
  }
  get items(): Excel.TableColumn[] {
    return this[CORE].readItems<Excel.TableColumn>();
  }
  /** A number is the column id, a string its (case-insensitive) name. */
  getItem(key: number | string): Excel.TableColumn {
    return this.find('getItem', [key], (t) => findColumn(t, key), false);
  }
  getItemOrNullObject(key: number | string): Excel.TableColumn {
    return this.find('getItemOrNullObject', [key], (t) => findColumn(t, key), true);
  }
  getItemAt(index: number): Excel.TableColumn {
    return this.find('getItemAt', [index], (t) => t.columns[index], false);
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (t) => t.columns.length);
  }

  private find(member: string, args: unknown[], pick: (t: TableModel) => TableColumnModel | undefined, orNull: boolean): Excel.TableColumn {
    const core = this[CORE];
    const column = columnProxy(core.ctx, `${core.path}.${call(member, ...args)}`, () => {
      const table = core.targetOrNull();
      const found = table ? pick(table) : undefined;
      if (table && found) return { table, column: found };
      if (orNull || !table) return null;
      throw officeError('ItemNotFound', `TableColumnCollection.${member}`);
    });
    column[CORE].queueBind(`TableColumnCollection.${member}`, args);
    return asReal(column);
  }
}

function findColumn(t: TableModel, key: number | string): TableColumnModel | undefined {
  return typeof key === 'number' ? t.columns.find((c) => c.id === key) : t.columns.find((c) => c.name.toUpperCase() === key.toUpperCase());
}

function columnProxy(ctx: ContextCore, path: string, resolve: () => ColumnTarget | null): FakeTableColumn {
  return new FakeTableColumn(new ProxyCore(ctx, COLUMN_SCHEMA, path, resolve));
}

export class FakeTableColumn
  extends FakeLoadable<Excel.TableColumn, ColumnTarget, ColumnScalars>
  implements Faithful<FakeTableColumn, Excel.TableColumn>
{
  get id(): number {
    return this[CORE].read('id');
  }
  get index(): number {
    return this[CORE].read('index');
  }
  get name(): string {
    return this[CORE].read('name');
  }
  /** Renaming writes the header cell; Excel keeps names unique ("Name2"). */
  set name(name: string) {
    const wb = this[CORE].ctx.workbook;
    this[CORE].action('name', name, (t) => writeContents(wb, columnArea(t, headerRect, 'TableColumn.name'), name, 'TableColumn.name'));
  }
  get values(): unknown[][] {
    return this[CORE].read('values');
  }
  set values(values: unknown[][]) {
    const wb = this[CORE].ctx.workbook;
    const copy: unknown = JSON.parse(JSON.stringify(values));
    this[CORE].action('values', copy, (t) =>
      writeContents(
        wb,
        columnArea(t, (table) => table.rect, 'TableColumn.values'),
        copy,
        'TableColumn.values',
      ),
    );
  }
  getRange(): Excel.Range {
    return this.range('getRange', (table) => table.rect);
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

  private range(member: string, part: (table: TableModel) => Rect | null): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, `${core.path}.${member}()`, `TableColumn.${member}`, () => {
      const t = core.targetOrNull();
      return t ? columnArea(t, part, `TableColumn.${member}`) : null;
    });
  }
}
