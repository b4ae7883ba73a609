/** The fake Excel.RequestContext: owns the queue of one `run` and sends it on `sync()`. */
import { officeError } from '../errors';
import type { WorkbookModel } from '../model/workbook';
import type { Operation, SyncEngine } from '../sync-engine';
import { ContextCore, ProxyCore, hasCore } from './core';
import { CORE, Faithful, REAL, asReal } from './typing';
import { FakeWorkbook, workbookProxy } from './workbook';

class ContextState implements ContextCore {
  readonly queue: Operation[] = [];
  closed = false;
  private workbookFake: FakeWorkbook | undefined;

  constructor(
    readonly workbook: WorkbookModel,
    readonly engine: SyncEngine,
    readonly facade: Excel.RequestContext,
  ) {}

  /** After `run` has finished its objects are dead, as Office.js invalidates their object paths. */
  enqueue(op: Operation): void {
    if (this.closed) throw officeError('InvalidObjectPath', op.kind);
    this.queue.push(op);
  }

  /**
   * Takes the queue now but applies it a microtask later, so code that forgets `await` sees
   * unloaded properties here just as it would against Excel.
   */
  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    await Promise.resolve();
    this.engine.execute(ops);
  }

  fakeWorkbook(): FakeWorkbook {
    this.workbookFake ??= workbookProxy(this);
    return this.workbookFake;
  }
}

class FakeTrackedObjects implements Faithful<FakeTrackedObjects, OfficeExtension.TrackedObjects> {
  /** Ranges stay valid for the whole run in the fake, so tracking has nothing to do. */
  add(objects: OfficeExtension.ClientObject | OfficeExtension.ClientObject[]): void {
    void objects;
  }

  remove(objects: OfficeExtension.ClientObject | OfficeExtension.ClientObject[]): void {
    void objects;
  }
}

export class FakeRequestContext implements Faithful<FakeRequestContext, Excel.RequestContext> {
  declare readonly [REAL]: Excel.RequestContext;
  readonly [CORE]: ContextState;

  constructor(workbook: WorkbookModel, engine: SyncEngine) {
    this[CORE] = new ContextState(workbook, engine, asReal<Excel.RequestContext>(this));
  }

  get workbook(): Excel.Workbook {
    return asReal(this[CORE].fakeWorkbook());
  }

  get application(): Excel.Application {
    return this.workbook.application;
  }

  get trackedObjects(): OfficeExtension.TrackedObjects {
    return new FakeTrackedObjects();
  }

  get debugInfo(): OfficeExtension.RequestContextDebugInfo {
    return { pendingStatements: this[CORE].queue.map((op) => `${op.path} → ${op.kind}`) };
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this[CORE].sync().then(() => passThroughValue as T);
  }

  load(object: OfficeExtension.ClientObject, option?: string | string[] | OfficeExtension.LoadOption): void {
    if (!hasCore(object)) throw officeError('InvalidArgument', 'RequestContext.load', 'Not an object of this fake.');
    const core = object[CORE];
    if (!(core instanceof ProxyCore)) throw officeError('InvalidArgument', 'RequestContext.load');
    if (core.ctx !== this[CORE]) throw officeError('InvalidRequestContext', 'RequestContext.load');
    core.queueLoad(option);
  }
}
