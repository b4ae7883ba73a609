/** Fake Excel.NamedItemCollection (workbook scope only) and Excel.NamedItem. */
import { officeError } from '../errors';
import { formatAddress, isCellReferenceLike, parseAddress } from '../model/a1';
import type { RangeRef } from '../model/chart';
import { alreadyExists, sameName } from '../model/names';
import type { NamedItemModel, WorkbookModel } from '../model/workbook';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { spawnRange } from './range';
import { rangeResolver } from './range-args';
import { CORE, Faithful, asReal } from './typing';

interface NameTarget {
  readonly workbook: WorkbookModel;
  readonly item: NamedItemModel;
}

const live = (wb: WorkbookModel) => wb.names.filter((n) => !n.deleted);

const NAME_RULE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** The range a "=Sheet!$A$1:$B$2" formula points to, or null for constants. */
function rangeOf(wb: WorkbookModel, formula: string): RangeRef | null {
  try {
    const parsed = parseAddress(formula.replace(/^=/, ''));
    const sheet = parsed.sheet === null ? undefined : wb.findSheet(parsed.sheet);
    return sheet ? { sheet, rect: parsed.rect } : null;
  } catch {
    return null;
  }
}

const SCHEMA: ProxySchema<WorkbookModel, object> = {
  typeName: 'NamedItemCollection',
  scalars: {},
  items: (workbook, ctx, path) =>
    live(workbook).map(
      (item) => new FakeNamedItem(ProxyCore.forTarget(ctx, ITEM_SCHEMA, `${path}.${call('getItem', item.name)}`, { workbook, item })),
    ),
};

export function namedItemsProxy(workbook: ProxyCore<WorkbookModel, unknown>): FakeNamedItemCollection {
  return new FakeNamedItemCollection(workbook.child(SCHEMA, 'names', (wb) => wb));
}

export class FakeNamedItemCollection
  extends FakeLoadable<Excel.NamedItemCollection, WorkbookModel, object>
  implements Faithful<FakeNamedItemCollection, Excel.NamedItemCollection>
{
  get items(): Excel.NamedItem[] {
    return this[CORE].readItems<Excel.NamedItem>();
  }
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    const core = this[CORE];
    const location = 'NamedItemCollection.add';
    const range =
      typeof reference === 'string'
        ? null
        : rangeResolver(
            core.ctx,
            reference,
            () => {
              throw officeError('InvalidArgument', location);
            },
            location,
          );
    const create = (workbook: WorkbookModel): NameTarget => {
      if (!NAME_RULE.test(name) || isCellReferenceLike(name) || name.length > 255) {
        throw officeError('InvalidArgument', location, `'${name}' is not a valid name.`);
      }
      if (live(workbook).some((n) => sameName(n.name, name))) throw alreadyExists('name', name, location);
      const ref = range?.();
      const formula = ref
        ? `=${formatAddress(ref.sheet.name, ref.rect, true)}`
        : String(reference).startsWith('=')
          ? String(reference)
          : `=${String(reference)}`;
      const item: NamedItemModel = { name, formula, comment: comment ?? '', visible: true, deleted: false };
      workbook.names.push(item);
      return { workbook, item };
    };
    const args = [name, typeof reference === 'string' ? reference : 'Range', comment ?? ''];
    return asReal(queueCreate(core, 'add', args, create, (path, resolve) => itemProxy(core.ctx, path, resolve)));
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (wb) => live(wb).length);
  }
  getItem(name: string): Excel.NamedItem {
    return this.find('getItem', name, false);
  }
  getItemOrNullObject(name: string): Excel.NamedItem {
    return this.find('getItemOrNullObject', name, true);
  }

  private find(member: string, name: string, orNull: boolean): Excel.NamedItem {
    const core = this[CORE];
    const item = itemProxy(core.ctx, `${core.path}.${call(member, name)}`, () => {
      const workbook = core.targetOrNull();
      const found = workbook ? live(workbook).find((n) => sameName(n.name, name)) : undefined;
      if (workbook && found) return { workbook, item: found };
      if (orNull || !workbook) return null;
      throw officeError('ItemNotFound', `NamedItemCollection.${member}`, `The name '${name}' does not exist.`);
    });
    item[CORE].queueBind(`NamedItemCollection.${member}`, [name]);
    return asReal(item);
  }
}

type ItemScalars = Pick<Excel.NamedItem, 'name' | 'formula' | 'comment' | 'visible' | 'type' | 'value'>;

const ITEM_SCHEMA: ProxySchema<NameTarget, ItemScalars> = {
  typeName: 'NamedItem',
  scalars: {
    name: (t) => t.item.name,
    formula: (t) => t.item.formula,
    comment: (t) => t.item.comment,
    visible: (t) => t.item.visible,
    type: (t) => (rangeOf(t.workbook, t.item.formula) ? 'Range' : 'String'),
    value: (t) => {
      const ref = rangeOf(t.workbook, t.item.formula);
      return ref ? formatAddress(ref.sheet.name, ref.rect) : t.item.formula.replace(/^=/, '');
    },
  },
  isAlive: (t) => !t.item.deleted,
};

function itemProxy(ctx: ContextCore, path: string, resolve: () => NameTarget | null): FakeNamedItem {
  return new FakeNamedItem(new ProxyCore(ctx, ITEM_SCHEMA, path, resolve));
}

export class FakeNamedItem
  extends FakeLoadable<Excel.NamedItem, NameTarget, ItemScalars>
  implements Faithful<FakeNamedItem, Excel.NamedItem>
{
  get name(): string {
    return this[CORE].read('name');
  }
  get formula(): unknown {
    return this[CORE].read('formula');
  }
  set formula(formula: unknown) {
    this[CORE].action('formula', formula, (t) => (t.item.formula = String(formula)));
  }
  get comment(): string {
    return this[CORE].read('comment');
  }
  set comment(comment: string) {
    this[CORE].action('comment', comment, (t) => (t.item.comment = comment));
  }
  get visible(): boolean {
    return this[CORE].read('visible');
  }
  set visible(visible: boolean) {
    this[CORE].action('visible', visible, (t) => (t.item.visible = visible));
  }
  get type(): Excel.NamedItem['type'] {
    return this[CORE].read('type');
  }
  get value(): unknown {
    return this[CORE].read('value');
  }
  getRange(): Excel.Range {
    return this.range('getRange', false);
  }
  getRangeOrNullObject(): Excel.Range {
    return this.range('getRangeOrNullObject', true);
  }
  delete(): void {
    this[CORE].action('delete', null, (t) => (t.item.deleted = true));
  }

  private range(member: string, orNull: boolean): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, `${core.path}.${member}()`, `NamedItem.${member}`, () => {
      const t = core.targetOrNull();
      const ref = t ? rangeOf(t.workbook, t.item.formula) : null;
      if (ref || orNull || !t) return ref;
      throw officeError('InvalidOperation', `NamedItem.${member}`, 'The name does not refer to a range.');
    });
  }
}
