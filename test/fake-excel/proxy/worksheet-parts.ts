/** Fake WorksheetFreezePanes, PageLayout and WorksheetProtection. */
import { officeError } from '../errors';
import type { RangeRef } from '../model/chart';
import { MAX_COLS, MAX_ROWS, Rect, lastCol, lastRow, rect } from '../model/rect';
import type { PageLayoutModel, SheetModel } from '../model/sheet';
import { FakeLoadable, FakeObject } from './base';
import { ProxyCore, ProxySchema } from './core';
import { spawnRange } from './range';
import { rangeResolver } from './range-args';
import { CORE, Faithful } from './typing';

const FREEZE_SCHEMA: ProxySchema<SheetModel, object> = { typeName: 'WorksheetFreezePanes', scalars: {} };

export function freezePanesProxy(sheet: ProxyCore<SheetModel, unknown>): FakeFreezePanes {
  return new FakeFreezePanes(sheet.child(FREEZE_SCHEMA, 'freezePanes', (s) => s));
}

/** The frozen top-left pane: whole rows, whole columns, or a block. */
function frozenRect(s: SheetModel): Rect | null {
  const { rows, cols } = s.freeze;
  if (rows === 0 && cols === 0) return null;
  if (cols === 0) return rect(0, 0, rows, MAX_COLS);
  if (rows === 0) return rect(0, 0, MAX_ROWS, cols);
  return rect(0, 0, rows, cols);
}

/** WorksheetFreezePanes has no `load` in Office.js, so this extends FakeObject only. */
export class FakeFreezePanes
  extends FakeObject<Excel.WorksheetFreezePanes, SheetModel, object>
  implements Faithful<FakeFreezePanes, Excel.WorksheetFreezePanes>
{
  freezeRows(count = 1): void {
    this[CORE].action('freezeRows', count, (s) => (s.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this[CORE].action('freezeColumns', count, (s) => (s.freeze = { rows: 0, cols: count }));
  }
  /** The given range becomes the frozen top-left pane: everything up to its last row and column. */
  freezeAt(frozenRange: Excel.Range | string): void {
    const core = this[CORE];
    const resolve = rangeResolver(
      core.ctx,
      frozenRange,
      () => core.target('WorksheetFreezePanes.freezeAt'),
      'WorksheetFreezePanes.freezeAt',
    );
    core.action('freezeAt', typeof frozenRange === 'string' ? frozenRange : 'Range', (s) => {
      const r = resolve().rect;
      s.freeze = { rows: r.rows === MAX_ROWS ? 0 : lastRow(r) + 1, cols: r.cols === MAX_COLS ? 0 : lastCol(r) + 1 };
    });
  }
  unfreeze(): void {
    this[CORE].action('unfreeze', null, (s) => (s.freeze = { rows: 0, cols: 0 }));
  }
  getLocation(): Excel.Range {
    return this.location('getLocation', false);
  }
  getLocationOrNullObject(): Excel.Range {
    return this.location('getLocationOrNullObject', true);
  }

  private location(member: string, orNull: boolean): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, `${core.path}.${member}()`, `WorksheetFreezePanes.${member}`, () => {
      const sheet = core.targetOrNull();
      const frozen = sheet ? frozenRect(sheet) : null;
      if (!sheet || !frozen) {
        if (orNull) return null;
        throw officeError('ItemNotFound', `WorksheetFreezePanes.${member}`, 'No panes are frozen.');
      }
      return { sheet, rect: frozen };
    });
  }
}

type PageScalars = Pick<Excel.PageLayout, 'orientation' | 'zoom' | 'centerHorizontally' | 'centerVertically' | 'printGridlines'>;

const PAGE_SCHEMA: ProxySchema<SheetModel, PageScalars> = {
  typeName: 'PageLayout',
  scalars: {
    orientation: (s) => s.pageLayout.orientation,
    zoom: (s) => ({ ...s.pageLayout.zoom }),
    centerHorizontally: (s) => s.pageLayout.centerHorizontally,
    centerVertically: (s) => s.pageLayout.centerVertically,
    printGridlines: (s) => s.pageLayout.printGridlines,
  },
};

export function pageLayoutProxy(sheet: ProxyCore<SheetModel, unknown>): FakePageLayout {
  return new FakePageLayout(sheet.child(PAGE_SCHEMA, 'pageLayout', (s) => s));
}

export class FakePageLayout
  extends FakeLoadable<Excel.PageLayout, SheetModel, PageScalars>
  implements Faithful<FakePageLayout, Excel.PageLayout>
{
  get orientation(): Excel.PageLayout['orientation'] {
    return this[CORE].read('orientation');
  }
  set orientation(value: Excel.PageLayout['orientation']) {
    this.set('orientation', { orientation: value as PageLayoutModel['orientation'] });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this[CORE].read('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set('zoom', { zoom: { ...value } });
  }
  get centerHorizontally(): boolean {
    return this[CORE].read('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    this.set('centerHorizontally', { centerHorizontally: value });
  }
  get centerVertically(): boolean {
    return this[CORE].read('centerVertically');
  }
  set centerVertically(value: boolean) {
    this.set('centerVertically', { centerVertically: value });
  }
  get printGridlines(): boolean {
    return this[CORE].read('printGridlines');
  }
  set printGridlines(value: boolean) {
    this.set('printGridlines', { printGridlines: value });
  }

  /** Stored as whole rows ("$1:$2"), which is what Excel keeps as print titles. */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.setArea('setPrintTitleRows', printTitleRows, (s, r) => (s.pageLayout.printTitleRows = rect(r.row, 0, r.rows, MAX_COLS)));
  }
  setPrintTitleColumns(printTitleColumns: Excel.Range | string): void {
    this.setArea('setPrintTitleColumns', printTitleColumns, (s, r) => (s.pageLayout.printTitleColumns = rect(0, r.col, MAX_ROWS, r.cols)));
  }
  /** RangeAreas are not modelled: anything but a fake Range or an address fails with InvalidArgument. */
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this.setArea('setPrintArea', printArea as Excel.Range | string, (s, r) => (s.pageLayout.printArea = r));
  }
  getPrintTitleRowsOrNullObject(): Excel.Range {
    return this.getArea('getPrintTitleRowsOrNullObject', (s) => s.pageLayout.printTitleRows);
  }
  getPrintTitleColumnsOrNullObject(): Excel.Range {
    return this.getArea('getPrintTitleColumnsOrNullObject', (s) => s.pageLayout.printTitleColumns);
  }

  private set(member: string, change: Partial<PageLayoutModel>): void {
    this[CORE].action(member, change, (s) => Object.assign(s.pageLayout, change));
  }

  private setArea(member: string, area: Excel.Range | string, apply: (s: SheetModel, r: Rect) => void): void {
    const core = this[CORE];
    const location = `PageLayout.${member}`;
    const resolve = rangeResolver(core.ctx, area, () => core.target(location), location);
    core.action(member, typeof area === 'string' ? area : 'Range', (s) => {
      const ref: RangeRef = resolve();
      if (ref.sheet !== s) throw officeError('InvalidArgument', location, 'The range is on another worksheet.');
      apply(s, ref.rect);
    });
  }

  private getArea(member: string, pick: (s: SheetModel) => Rect | null): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, `${core.path}.${member}()`, `PageLayout.${member}`, () => {
      const sheet = core.targetOrNull();
      const area = sheet ? pick(sheet) : null;
      return sheet && area ? { sheet, rect: area } : null;
    });
  }
}

type ProtectionScalars = Pick<Excel.WorksheetProtection, 'protected' | 'isPasswordProtected'>;

const PROTECTION_SCHEMA: ProxySchema<SheetModel, ProtectionScalars> = {
  typeName: 'WorksheetProtection',
  scalars: {
    protected: (s) => s.isProtected,
    isPasswordProtected: (s) => s.protectionPassword !== null,
  },
};

export function protectionProxy(sheet: ProxyCore<SheetModel, unknown>): FakeProtection {
  return new FakeProtection(sheet.child(PROTECTION_SCHEMA, 'protection', (s) => s));
}

export class FakeProtection
  extends FakeLoadable<Excel.WorksheetProtection, SheetModel, ProtectionScalars>
  implements Faithful<FakeProtection, Excel.WorksheetProtection>
{
  get protected(): boolean {
    return this[CORE].read('protected');
  }
  get isPasswordProtected(): boolean {
    return this[CORE].read('isPasswordProtected');
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this[CORE].action('protect', { options: options ?? null }, (s) => {
      if (s.isProtected) throw officeError('InvalidOperation', 'WorksheetProtection.protect', 'The sheet is already protected.');
      s.isProtected = true;
      s.protectionPassword = password ?? null;
    });
  }
  unprotect(password?: string): void {
    this[CORE].action('unprotect', null, (s) => {
      if (s.protectionPassword !== null && s.protectionPassword !== password) {
        throw officeError('InvalidArgument', 'WorksheetProtection.unprotect', 'The password is not correct.');
      }
      s.isProtected = false;
      s.protectionPassword = null;
    });
  }
}
