/** Fake Excel.WorksheetCollection. */
import { officeError } from '../errors';
import type { SheetModel } from '../model/sheet';
import type { WorkbookModel } from '../model/workbook';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';
import { FakeWorksheet, WORKSHEET_SCHEMA, worksheetProxy } from './worksheet';

const SCHEMA: ProxySchema<WorkbookModel, object> = {
  typeName: 'WorksheetCollection',
  scalars: {},
  items: (wb, ctx, path) =>
    wb.sheets.map((s) => new FakeWorksheet(ProxyCore.forTarget(ctx, WORKSHEET_SCHEMA, `${path}.${call('getItem', s.id)}`, s))),
};

export function worksheetCollectionProxy(workbook: ProxyCore<WorkbookModel, unknown>): FakeWorksheetCollection {
  return new FakeWorksheetCollection(workbook.child(SCHEMA, 'worksheets', (wb) => wb));
}

export class FakeWorksheetCollection
  extends FakeLoadable<Excel.WorksheetCollection, WorkbookModel, object>
  implements Faithful<FakeWorksheetCollection, Excel.WorksheetCollection>
{
  get items(): Excel.Worksheet[] {
    return this[CORE].readItems<Excel.Worksheet>();
  }

  /** Name rules and duplicates are checked when the sync applies the add (ItemAlreadyExists). */
  add(name?: string): Excel.Worksheet {
    const core = this[CORE];
    return asReal(
      queueCreate(
        core,
        'add',
        name === undefined ? [] : [name],
        (wb) => wb.addSheet(name, 'WorksheetCollection.add'),
        (path, resolve) => worksheetProxy(core.ctx, path, resolve),
      ),
    );
  }

  getItem(key: string): Excel.Worksheet {
    return this.find('getItem', [key], (wb) => wb.getSheet(key, 'WorksheetCollection.getItem'));
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return this.find('getItemOrNullObject', [key], (wb) => wb.findSheet(key) ?? null);
  }
  getActiveWorksheet(): Excel.Worksheet {
    return this.find('getActiveWorksheet', [], (wb) => {
      if (!wb.activeSheet) throw officeError('ItemNotFound', 'WorksheetCollection.getActiveWorksheet');
      return wb.activeSheet;
    });
  }
  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return this.find('getFirst', [visibleOnly], (wb) => edge(wb, visibleOnly, 'first'));
  }
  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return this.find('getLast', [visibleOnly], (wb) => edge(wb, visibleOnly, 'last'));
  }
  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', visibleOnly ?? false, (wb) => (visibleOnly ? wb.visibleSheets() : wb.sheets).length);
  }

  private find(member: string, args: unknown[], resolve: (wb: WorkbookModel) => SheetModel | null): Excel.Worksheet {
    const core = this[CORE];
    const sheet = worksheetProxy(core.ctx, `${core.path}.${call(member, ...args)}`, () => {
      const wb = core.targetOrNull();
      return wb ? resolve(wb) : null;
    });
    sheet[CORE].queueBind(`WorksheetCollection.${member}`, args);
    return asReal(sheet);
  }
}

function edge(wb: WorkbookModel, visibleOnly: boolean | undefined, which: 'first' | 'last'): SheetModel {
  const list = visibleOnly ? wb.visibleSheets() : wb.sheets;
  const sheet = which === 'first' ? list[0] : list[list.length - 1];
  if (!sheet) throw officeError('ItemNotFound', `WorksheetCollection.get${which === 'first' ? 'First' : 'Last'}`);
  return sheet;
}
