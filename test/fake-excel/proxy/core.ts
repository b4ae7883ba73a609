/**
 * The state behind one proxy object: how it finds its target in the workbook model, what has been
 * loaded into it, and whether it is known to be a null object. Everything a fake does goes through
 * here, so the proxy rules (queue, load, sync) are enforced in one place.
 */
import { officeError, propertyNotLoaded } from '../errors';
import type { WorkbookModel } from '../model/workbook';
import type { Commit, Operation } from '../sync-engine';
import { LoadRequest, parseLoadArg } from './load-args';
import { CORE, LoadArg } from './typing';

export interface ContextCore {
  readonly workbook: WorkbookModel;
  readonly facade: Excel.RequestContext;
  enqueue(op: Operation): void;
}

/** The non-generic face of a ProxyCore, for code that handles fakes of any type. */
export interface CoreLike {
  readonly ctx: ContextCore;
  readonly path: string;
  readonly typeName: string;
  snapshot(request: LoadRequest): Commit;
  markKnown(): void;
}

export interface HasCore {
  readonly [CORE]: CoreLike;
}

export interface ProxySchema<T, S> {
  readonly typeName: string;
  /** Scalar properties `load` can fetch, each read from the target when the sync applies the load. */
  readonly scalars: { readonly [K in keyof S]: (target: T) => S[K] };
  /** Navigation properties that load paths may pass through ("format/font/bold"). */
  readonly navigation?: readonly string[];
  /** Collections: the current items, as fakes already bound to their models. */
  readonly items?: (target: T, ctx: ContextCore, path: string) => HasCore[];
  /** False once the target was deleted (a sheet, a table, ...). */
  readonly isAlive?: (target: T) => boolean;
}

export class ProxyCore<T, S> implements CoreLike {
  private bound: { readonly target: T | null } | undefined;
  private nullKnown = false;
  private readonly loaded = new Map<string, unknown>();
  private readonly navigations = new Map<string, unknown>();
  private owner: object | undefined;

  constructor(
    readonly ctx: ContextCore,
    readonly schema: ProxySchema<T, S>,
    readonly path: string,
    private readonly resolve: () => T | null,
    /** For navigation objects (range.format): null-ness follows the parent. */
    private readonly parent?: { isNullObject(): boolean },
  ) {}

  /** A core whose target is already known (collection items). */
  static forTarget<T, S>(ctx: ContextCore, schema: ProxySchema<T, S>, path: string, target: T): ProxyCore<T, S> {
    const core = new ProxyCore(ctx, schema, path, () => target);
    core.bound = { target };
    return core;
  }

  get typeName(): string {
    return this.schema.typeName;
  }

  attach(owner: object): void {
    this.owner = owner;
  }

  /** Navigation objects are created once per proxy, as Office.js returns the same object each time. */
  nav<F>(name: string, create: () => F): F {
    if (!this.navigations.has(name)) this.navigations.set(name, create());
    return this.navigations.get(name) as F;
  }

  /** A core for a navigation property of this object: same target family, null-ness of this one. */
  child<C, CS>(schema: ProxySchema<C, CS>, name: string, resolve: (target: T | null) => C | null): ProxyCore<C, CS> {
    return new ProxyCore(this.ctx, schema, `${this.path}.${name}`, () => resolve(this.targetOrNull()), this);
  }

  targetOrNull(): T | null {
    this.bound ??= { target: this.resolve() };
    const { target } = this.bound;
    if (target !== null && this.schema.isAlive && !this.schema.isAlive(target)) {
      throw officeError('ItemNotFound', this.typeName, `The ${this.typeName} at ${this.path} no longer exists.`);
    }
    return target;
  }

  /** The target for an action; acting on a null object fails the sync (see README). */
  target(location: string): T {
    const target = this.targetOrNull();
    if (target === null) throw officeError('ItemNotFound', location, `${this.path} is a null object.`);
    return target;
  }

  markKnown(): void {
    this.nullKnown = true;
  }

  isNullObject(): boolean {
    if (this.nullKnown) return this.bound?.target === null;
    if (this.parent) return this.parent.isNullObject();
    throw propertyNotLoaded(this.typeName, 'isNullObject');
  }

  private isKnownNull(): boolean {
    return (this.nullKnown && this.bound?.target === null) || (this.parent !== undefined && safeNull(this.parent));
  }

  /** A loaded scalar; Office.js returns undefined (no error) for properties of a null object. */
  read<K extends keyof S & string>(name: K): S[K] {
    if (this.isKnownNull()) return undefined as S[K];
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as S[K];
  }

  readItems<I>(): I[] {
    if (this.isKnownNull()) return undefined as unknown as I[];
    if (!this.loaded.has('items')) throw propertyNotLoaded(this.typeName, 'items');
    return this.loaded.get('items') as I[];
  }

  /** Queues an Office.js "instantiate" action for an object returned by a method. */
  queueBind(kind: string, args?: unknown): void {
    this.ctx.enqueue({
      kind,
      path: this.path,
      args,
      apply: () => {
        const isNull = this.targetOrNull() === null;
        return { data: { isNull }, run: () => this.markKnown() };
      },
    });
  }

  queueLoad(arg: LoadArg | undefined): void {
    const location = `${this.typeName}.load`;
    const request = parseLoadArg(arg, location);
    this.ctx.enqueue({ kind: location, path: this.path, args: request, apply: () => this.snapshot(request) });
  }

  /** Queues a setter or method call; `apply` runs against the target when the sync reaches it. */
  action(member: string, args: unknown, apply: (target: T) => void): void {
    const kind = `${this.typeName}.${member}`;
    this.ctx.enqueue({
      kind,
      path: this.path,
      args,
      apply: () => {
        apply(this.target(kind)); // setters written as `(t) => (t.x = v)` return a value; drop it
      },
    });
  }

  /** Reads what a load asked for, now; the proxies see it only when the whole sync succeeded. */
  snapshot(request: LoadRequest): Commit {
    const target = this.targetOrNull();
    if (target === null) return { data: null, run: () => this.markKnown() };
    const values = new Map<string, unknown>();
    const nested: Commit[] = [];
    const itemPaths: string[] = [];
    for (const path of request.paths) {
      const [head = '', ...rest] = path.split('/');
      if (head === '*' || (head === 'items' && this.schema.items)) {
        if (head === '*') this.readAllScalars(target, values);
        if (this.schema.items) itemPaths.push(rest.length ? rest.join('/') : '*');
      } else if (head in this.schema.scalars && rest.length === 0) {
        values.set(head, this.readScalar(target, head as keyof S & string));
      } else if (this.schema.navigation?.includes(head)) {
        nested.push(this.navigationCore(head).snapshot({ paths: [rest.length ? rest.join('/') : '*'] }));
      } else if (this.schema.items) {
        itemPaths.push(path);
      } else {
        throw officeError('InvalidArgument', `${this.typeName}.load`, `'${path}' is not a property of ${this.typeName}.`);
      }
    }
    if (this.schema.items && itemPaths.length > 0) nested.push(this.snapshotItems(target, itemPaths, request));
    return {
      data: { ...Object.fromEntries(values), nested: nested.map((c) => c.data) },
      run: () => {
        for (const [key, value] of values) this.loaded.set(key, value);
        this.markKnown();
        for (const commit of nested) commit.run();
      },
    };
  }

  private readAllScalars(target: T, into: Map<string, unknown>): void {
    for (const key of Object.keys(this.schema.scalars)) into.set(key, this.readScalar(target, key as keyof S & string));
  }

  private readScalar(target: T, key: keyof S & string): unknown {
    return copyData(this.schema.scalars[key](target));
  }

  private snapshotItems(target: T, itemPaths: string[], request: LoadRequest): Commit {
    const all = this.schema.items?.(target, this.ctx, this.path) ?? [];
    const skip = request.skip ?? 0;
    const items = all.slice(skip, request.top === undefined ? undefined : skip + request.top);
    const paths = itemPaths.includes('*') ? ['*', ...itemPaths.filter((p) => p !== '*')] : itemPaths;
    const commits = items.map((item) => item[CORE].snapshot({ paths }));
    return {
      data: commits.map((c) => c.data),
      run: () => {
        this.loaded.set('items', items);
        commits.forEach((c) => c.run());
      },
    };
  }

  private navigationCore(name: string): CoreLike {
    const child: unknown = this.owner ? Reflect.get(this.owner, name) : undefined;
    if (!hasCore(child)) throw new Error(`fake-excel: ${this.typeName}.${name} is not a navigation property`);
    return child[CORE];
  }
}

export function hasCore(value: unknown): value is HasCore {
  return typeof value === 'object' && value !== null && CORE in value;
}

function safeNull(parent: { isNullObject(): boolean }): boolean {
  try {
    return parent.isNullObject();
  } catch {
    return false;
  }
}

/** Loaded values are copies: code under test may mutate `range.values` without touching the workbook. */
function copyData<V>(value: V): V {
  if (Array.isArray(value)) return value.map(copyData) as V;
  if (value instanceof Date) return new Date(value.getTime()) as V;
  if (value && typeof value === 'object' && !hasCore(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyData(v)])) as V;
  }
  return value;
}
