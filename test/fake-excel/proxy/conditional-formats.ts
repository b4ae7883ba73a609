/** Fake ConditionalFormatCollection (of a range) and ConditionalFormat. */
import { officeError } from '../errors';
import type { RangeRef } from '../model/chart';
import {
  ConditionalFormatKind,
  ConditionalFormatModel,
  addConditionalFormat,
  conditionalFormatsIn,
  newConditionalFormat,
  removeConditionalFormat,
} from '../model/range-rules';
import { checkEditable } from '../model/sheet';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { cellValueProxy, colorScaleProxy, customProxy, textComparisonProxy } from './conditional-parts';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { spawnRange } from './range';
import { CORE, Faithful, asReal } from './typing';

type Kind = Excel.ConditionalFormat['type'];

const SUPPORTED: readonly ConditionalFormatKind[] = ['ColorScale', 'ContainsText', 'CellValue', 'Custom'];

const COLLECTION_SCHEMA: ProxySchema<RangeRef, object> = {
  typeName: 'ConditionalFormatCollection',
  scalars: {},
  items: (ref, ctx, path) =>
    conditionalFormatsIn(ref.sheet, ref.rect).map(
      (cf) => new FakeConditionalFormat(ProxyCore.forTarget(ctx, CF_SCHEMA, `${path}.${call('getItem', cf.id)}`, { ref, cf })),
    ),
};

export function conditionalFormatsProxy(range: ProxyCore<RangeRef, unknown>): FakeConditionalFormatCollection {
  return new FakeConditionalFormatCollection(range.child(COLLECTION_SCHEMA, 'conditionalFormats', (t) => t));
}

export class FakeConditionalFormatCollection
  extends FakeLoadable<Excel.ConditionalFormatCollection, RangeRef, object>
  implements Faithful<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>
{
  get items(): Excel.ConditionalFormat[] {
    return this[CORE].readItems<Excel.ConditionalFormat>();
  }

  /** The fake models ColorScale, ContainsText, CellValue and Custom; other types fail at sync. */
  add(type: Excel.ConditionalFormatType | Kind): Excel.ConditionalFormat {
    const core = this[CORE];
    const create = (ref: RangeRef): CfTarget => {
      checkEditable(ref.sheet, 'ConditionalFormatCollection.add');
      if (!SUPPORTED.includes(type as ConditionalFormatKind)) {
        throw officeError(
          'InvalidArgument',
          'ConditionalFormatCollection.add',
          `The fake does not model conditional formats of type ${type}.`,
        );
      }
      const cf = newConditionalFormat(core.ctx.workbook.newId(), type as ConditionalFormatKind, ref.rect);
      addConditionalFormat(ref.sheet, cf);
      return { ref, cf };
    };
    return asReal(queueCreate(core, 'add', type, create, (path, resolve) => cfProxy(core.ctx, path, resolve)));
  }

  /** Removes every conditional format that touches the range. */
  clearAll(): void {
    this[CORE].action('clearAll', null, (ref) => {
      checkEditable(ref.sheet, 'ConditionalFormatCollection.clearAll');
      for (const cf of conditionalFormatsIn(ref.sheet, ref.rect)) removeConditionalFormat(ref.sheet, cf);
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (ref) => conditionalFormatsIn(ref.sheet, ref.rect).length);
  }
  getItem(id: string): Excel.ConditionalFormat {
    return this.find('getItem', [id], (list) => list.find((cf) => cf.id === id), false);
  }
  getItemOrNullObject(id: string): Excel.ConditionalFormat {
    return this.find('getItemOrNullObject', [id], (list) => list.find((cf) => cf.id === id), true);
  }
  getItemAt(index: number): Excel.ConditionalFormat {
    return this.find('getItemAt', [index], (list) => list[index], false);
  }

  private find(
    member: string,
    args: unknown[],
    pick: (list: ConditionalFormatModel[]) => ConditionalFormatModel | undefined,
    orNull: boolean,
  ): Excel.ConditionalFormat {
    const core = this[CORE];
    const fake = cfProxy(core.ctx, `${core.path}.${call(member, ...args)}`, () => {
      const ref = core.targetOrNull();
      const cf = ref ? pick(conditionalFormatsIn(ref.sheet, ref.rect)) : undefined;
      if (ref && cf) return { ref, cf };
      if (orNull || !ref) return null;
      throw officeError('ItemNotFound', `ConditionalFormatCollection.${member}`);
    });
    fake[CORE].queueBind(`ConditionalFormatCollection.${member}`, args);
    return asReal(fake);
  }
}

export interface CfTarget {
  readonly ref: RangeRef;
  readonly cf: ConditionalFormatModel;
}

type CfScalars = Pick<Excel.ConditionalFormat, 'id' | 'type' | 'priority' | 'stopIfTrue'>;

const CF_SCHEMA: ProxySchema<CfTarget, CfScalars> = {
  typeName: 'ConditionalFormat',
  scalars: {
    id: (t) => t.cf.id,
    type: (t) => t.cf.type,
    priority: (t) => t.cf.priority,
    stopIfTrue: (t) => t.cf.stopIfTrue,
  },
  navigation: ['colorScale', 'textComparison', 'cellValue', 'custom'],
  isAlive: (t) => !t.cf.deleted,
};

function cfProxy(ctx: ContextCore, path: string, resolve: () => CfTarget | null): FakeConditionalFormat {
  return new FakeConditionalFormat(new ProxyCore(ctx, CF_SCHEMA, path, resolve));
}

export class FakeConditionalFormat
  extends FakeLoadable<Excel.ConditionalFormat, CfTarget, CfScalars>
  implements Faithful<FakeConditionalFormat, Excel.ConditionalFormat>
{
  get id(): string {
    return this[CORE].read('id');
  }
  get type(): Kind {
    return this[CORE].read('type');
  }
  get priority(): number {
    return this[CORE].read('priority');
  }
  set priority(priority: number) {
    this[CORE].action('priority', priority, (t) => {
      const list = t.ref.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      list.splice(Math.max(0, Math.min(priority, list.length)), 0, t.cf);
      list.forEach((cf, i) => (cf.priority = i));
    });
  }
  get stopIfTrue(): boolean {
    return this[CORE].read('stopIfTrue');
  }
  set stopIfTrue(stop: boolean) {
    this[CORE].action('stopIfTrue', stop, (t) => (t.cf.stopIfTrue = stop));
  }

  get colorScale(): Excel.ColorScaleConditionalFormat {
    return asReal(this[CORE].nav('colorScale', () => colorScaleProxy(this[CORE])));
  }
  get textComparison(): Excel.TextConditionalFormat {
    return asReal(this[CORE].nav('textComparison', () => textComparisonProxy(this[CORE])));
  }
  get cellValue(): Excel.CellValueConditionalFormat {
    return asReal(this[CORE].nav('cellValue', () => cellValueProxy(this[CORE])));
  }
  get custom(): Excel.CustomConditionalFormat {
    return asReal(this[CORE].nav('custom', () => customProxy(this[CORE])));
  }

  getRange(): Excel.Range {
    return this.range('getRange', false);
  }
  getRangeOrNullObject(): Excel.Range {
    return this.range('getRangeOrNullObject', true);
  }
  delete(): void {
    this[CORE].action('delete', null, (t) => removeConditionalFormat(t.ref.sheet, t.cf));
  }

  private range(member: string, orNull: boolean): Excel.Range {
    const core = this[CORE];
    return spawnRange(core.ctx, `${core.path}.${member}()`, `ConditionalFormat.${member}`, () => {
      const t = core.targetOrNull();
      if (t) return { sheet: t.ref.sheet, rect: t.cf.rect };
      if (orNull) return null;
      throw officeError('ItemNotFound', `ConditionalFormat.${member}`);
    });
  }
}
