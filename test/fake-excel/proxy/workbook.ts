/** Fake Excel.Workbook and Excel.Application. */
import { officeError } from '../errors';
import type { RangeRef } from '../model/chart';
import { rect } from '../model/rect';
import type { CalculationMode, WorkbookModel } from '../model/workbook';
import { FakeLoadable } from './base';
import { commentsProxy } from './comments';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { customXmlPartsProxy } from './custom-xml';
import { namedItemsProxy } from './names';
import { notesProxy } from './notes';
import { spawnRange } from './range';
import { settingsProxy } from './settings';
import { tableCollectionProxy } from './tables';
import { CORE, Faithful, asReal } from './typing';
import { worksheetCollectionProxy } from './worksheets';

type WorkbookScalars = Pick<Excel.Workbook, 'name'>;

const WORKBOOK_SCHEMA: ProxySchema<WorkbookModel, WorkbookScalars> = {
  typeName: 'Workbook',
  scalars: { name: () => 'Book1.xlsx' },
  navigation: ['worksheets', 'tables', 'settings', 'customXmlParts', 'application', 'comments', 'notes', 'names'],
};

export function workbookProxy(ctx: ContextCore): FakeWorkbook {
  return new FakeWorkbook(new ProxyCore(ctx, WORKBOOK_SCHEMA, 'workbook', () => ctx.workbook));
}

export class FakeWorkbook
  extends FakeLoadable<Excel.Workbook, WorkbookModel, WorkbookScalars>
  implements Faithful<FakeWorkbook, Excel.Workbook>
{
  get name(): string {
    return this[CORE].read('name');
  }
  get worksheets(): Excel.WorksheetCollection {
    return asReal(this[CORE].nav('worksheets', () => worksheetCollectionProxy(this[CORE])));
  }
  get tables(): Excel.TableCollection {
    return asReal(this[CORE].nav('tables', () => tableCollectionProxy(this[CORE], (workbook) => ({ workbook, sheet: null }))));
  }
  get settings(): Excel.SettingCollection {
    return asReal(this[CORE].nav('settings', () => settingsProxy(this[CORE])));
  }
  get customXmlParts(): Excel.CustomXmlPartCollection {
    return asReal(this[CORE].nav('customXmlParts', () => customXmlPartsProxy(this[CORE])));
  }
  get comments(): Excel.CommentCollection {
    return asReal(this[CORE].nav('comments', () => commentsProxy(this[CORE])));
  }
  get notes(): Excel.NoteCollection {
    return asReal(this[CORE].nav('notes', () => notesProxy(this[CORE])));
  }
  get names(): Excel.NamedItemCollection {
    return asReal(this[CORE].nav('names', () => namedItemsProxy(this[CORE])));
  }
  get application(): Excel.Application {
    return asReal(
      this[CORE].nav('application', () => new FakeApplication(this[CORE].child(APPLICATION_SCHEMA, 'application', (wb) => wb))),
    );
  }

  /** The selection set by Range.select / Worksheet.activate / host.select; A1 of the active sheet otherwise. */
  getSelectedRange(): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, 'workbook.getSelectedRange()', 'Workbook.getSelectedRange', () => selection(core.ctx.workbook));
  }

  getActiveCell(): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, 'workbook.getActiveCell()', 'Workbook.getActiveCell', () => {
      const selected = selection(core.ctx.workbook);
      return { sheet: selected.sheet, rect: rect(selected.rect.row, selected.rect.col) };
    });
  }
}

function selection(wb: WorkbookModel): RangeRef {
  if (wb.selection) return wb.selection;
  if (!wb.activeSheet) throw officeError('ItemNotFound', 'Workbook.getSelectedRange');
  return { sheet: wb.activeSheet, rect: rect(0, 0) };
}

type ApplicationScalars = Pick<Excel.Application, 'calculationMode' | 'calculationState'>;

const APPLICATION_SCHEMA: ProxySchema<WorkbookModel, ApplicationScalars> = {
  typeName: 'Application',
  scalars: {
    calculationMode: (wb) => wb.calculationMode,
    calculationState: () => 'Done',
  },
};

export class FakeApplication
  extends FakeLoadable<Excel.Application, WorkbookModel, ApplicationScalars>
  implements Faithful<FakeApplication, Excel.Application>
{
  get calculationMode(): Excel.Application['calculationMode'] {
    return this[CORE].read('calculationMode');
  }
  set calculationMode(mode: Excel.Application['calculationMode']) {
    this[CORE].action('calculationMode', mode, (wb) => (wb.calculationMode = mode as CalculationMode));
  }
  get calculationState(): Excel.Application['calculationState'] {
    return this[CORE].read('calculationState');
  }
  /** Counted, so tests can assert that long writes pause calculation. */
  suspendApiCalculationUntilNextSync(): void {
    this[CORE].action('suspendApiCalculationUntilNextSync', null, (wb) => (wb.suspensions.calculation += 1));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this[CORE].action('suspendScreenUpdatingUntilNextSync', null, (wb) => (wb.suspensions.screenUpdating += 1));
  }
  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this[CORE].action('calculate', calculationType, () => undefined);
  }
}
