/** Base classes shared by all fakes, and the fake OfficeExtension.ClientResult. */
import { officeError } from '../errors';
import { ProxyCore } from './core';
import { CORE, Faithful, LoadArg, REAL, asReal } from './typing';

/** What every Excel proxy has: `context` and `isNullObject` (OfficeExtension.ClientObject). */
export abstract class FakeObject<R, T, S> {
  declare readonly [REAL]: R;
  readonly [CORE]: ProxyCore<T, S>;

  constructor(core: ProxyCore<T, S>) {
    this[CORE] = core;
    core.attach(this);
  }

  get context(): Excel.RequestContext {
    return this[CORE].ctx.facade;
  }

  get isNullObject(): boolean {
    return this[CORE].isNullObject();
  }
}

/** Objects with `load` (nearly all; WorksheetFreezePanes is the exception). */
export abstract class FakeLoadable<R, T, S> extends FakeObject<R, T, S> {
  load(propertyNamesAndPaths?: LoadArg): R {
    this[CORE].queueLoad(propertyNamesAndPaths);
    return asReal<R>(this);
  }
}

/** OfficeExtension.ClientResult: `value` is readable only after the sync that computed it. */
export class FakeClientResult<V> implements Faithful<FakeClientResult<V>, OfficeExtension.ClientResult<V>> {
  readonly [CORE]: { result?: { readonly value: V } } = {};

  get value(): V {
    const state = this[CORE].result;
    if (!state) throw officeError('ValueNotLoaded', 'ClientResult.value');
    return state.value;
  }
}

/** Queues a method whose answer comes back as a ClientResult (getCount, getXml, ...). */
export function queueResult<T, S, V>(
  core: ProxyCore<T, S>,
  member: string,
  args: unknown,
  compute: (target: T) => V,
): OfficeExtension.ClientResult<V> {
  const result = new FakeClientResult<V>();
  const kind = `${core.typeName}.${member}`;
  core.ctx.enqueue({
    kind,
    path: core.path,
    args,
    apply: () => {
      const value = compute(core.target(kind));
      return { data: value, run: () => (result[CORE].result = { value }) };
    },
  });
  return result;
}

/**
 * A method that creates something (worksheets.add, charts.add, ...): the creation is queued, and
 * the returned fake resolves to what it created. If the creation failed, using the fake fails too.
 */
export function queueCreate<T, S, M, F extends { readonly [CORE]: { markKnown(): void } }>(
  core: ProxyCore<T, S>,
  member: string,
  args: unknown,
  create: (target: T) => M,
  makeFake: (path: string, resolve: () => M) => F,
): F {
  const kind = `${core.typeName}.${member}`;
  let created: { readonly model: M } | undefined;
  const fake = makeFake(`${core.path}.${call(member, ...(Array.isArray(args) ? args : [args]))}`, () => {
    if (!created) throw officeError('ItemNotFound', kind, 'The object was never created.');
    return created.model;
  });
  core.ctx.enqueue({
    kind,
    path: core.path,
    args,
    apply: () => {
      created = { model: create(core.target(kind)) };
      return { data: null, run: () => fake[CORE].markKnown() };
    },
  });
  return fake;
}

/** Object path text for a method call, e.g. getItem("Data"). */
export function call(name: string, ...args: unknown[]): string {
  return `${name}(${args.map((a) => JSON.stringify(a) ?? 'undefined').join(', ')})`;
}
