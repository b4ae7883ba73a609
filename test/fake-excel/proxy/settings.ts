/** Fake Excel.SettingCollection and Excel.Setting: add-in settings stored in the workbook as JSON. */
import { officeError } from '../errors';
import type { WorkbookModel } from '../model/workbook';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ContextCore, ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

interface SettingTarget {
  readonly workbook: WorkbookModel;
  readonly key: string;
}

/** Settings travel as JSON: Dates become ISO strings, undefined is refused. */
function toJsonValue(value: unknown, location: string): unknown {
  const text = JSON.stringify(value);
  if (text === undefined) throw officeError('InvalidArgument', location, 'A setting value must be JSON-serialisable.');
  return JSON.parse(text) as unknown;
}

const SCHEMA: ProxySchema<WorkbookModel, object> = {
  typeName: 'SettingCollection',
  scalars: {},
  items: (workbook, ctx, path) =>
    [...workbook.settings.keys()].map(
      (key) => new FakeSetting(ProxyCore.forTarget(ctx, SETTING_SCHEMA, `${path}.${call('getItem', key)}`, { workbook, key })),
    ),
};

export function settingsProxy(workbook: ProxyCore<WorkbookModel, unknown>): FakeSettingCollection {
  return new FakeSettingCollection(workbook.child(SCHEMA, 'settings', (wb) => wb));
}

export class FakeSettingCollection
  extends FakeLoadable<Excel.SettingCollection, WorkbookModel, object>
  implements Faithful<FakeSettingCollection, Excel.SettingCollection>
{
  get items(): Excel.Setting[] {
    return this[CORE].readItems<Excel.Setting>();
  }
  /** Adds or replaces; keys are case-sensitive in the fake. */
  add(key: string, value: unknown): Excel.Setting {
    const core = this[CORE];
    const stored = toJsonValue(value, 'SettingCollection.add');
    const create = (workbook: WorkbookModel): SettingTarget => {
      if (key === '') throw officeError('InvalidArgument', 'SettingCollection.add', 'A setting needs a key.');
      workbook.settings.set(key, stored);
      return { workbook, key };
    };
    return asReal(queueCreate(core, 'add', [key, stored], create, (path, resolve) => settingProxy(core.ctx, path, resolve)));
  }
  getItem(key: string): Excel.Setting {
    return this.find('getItem', key, false);
  }
  getItemOrNullObject(key: string): Excel.Setting {
    return this.find('getItemOrNullObject', key, true);
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (wb) => wb.settings.size);
  }

  private find(member: string, key: string, orNull: boolean): Excel.Setting {
    const core = this[CORE];
    const setting = settingProxy(core.ctx, `${core.path}.${call(member, key)}`, () => {
      const workbook = core.targetOrNull();
      if (workbook?.settings.has(key)) return { workbook, key };
      if (orNull || !workbook) return null;
      throw officeError('ItemNotFound', `SettingCollection.${member}`, `The setting '${key}' does not exist.`);
    });
    setting[CORE].queueBind(`SettingCollection.${member}`, [key]);
    return asReal(setting);
  }
}

type SettingScalars = Pick<Excel.Setting, 'key' | 'value'>;

const SETTING_SCHEMA: ProxySchema<SettingTarget, SettingScalars> = {
  typeName: 'Setting',
  scalars: { key: (t) => t.key, value: (t) => t.workbook.settings.get(t.key) },
  isAlive: (t) => t.workbook.settings.has(t.key),
};

function settingProxy(ctx: ContextCore, path: string, resolve: () => SettingTarget | null): FakeSetting {
  return new FakeSetting(new ProxyCore(ctx, SETTING_SCHEMA, path, resolve));
}

export class FakeSetting
  extends FakeLoadable<Excel.Setting, SettingTarget, SettingScalars>
  implements Faithful<FakeSetting, Excel.Setting>
{
  get key(): string {
    return this[CORE].read('key');
  }
  get value(): unknown {
    return this[CORE].read('value');
  }
  set value(value: unknown) {
    const stored = toJsonValue(value, 'Setting.value');
    this[CORE].action('value', stored, (t) => t.workbook.settings.set(t.key, stored));
  }
  delete(): void {
    this[CORE].action('delete', null, (t) => t.workbook.settings.delete(t.key));
  }
}
