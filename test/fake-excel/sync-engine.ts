/**
 * Executes one `context.sync()`: measures the request, applies queued operations in order, stops
 * at the first failure (earlier operations stay applied, as in Excel), and only then hands loaded
 * values to the proxies. Failure injection and statistics live here because they are about syncs.
 */
import { FakeErrorInit, FakeOfficeError, isFakeOfficeError, officeError } from './errors';

/** What a queued operation hands back: loaded data, delivered to proxies only if the sync succeeds. */
export interface Commit {
  /** JSON-able data, counted as response payload. */
  readonly data: unknown;
  run(): void;
}

export interface Operation {
  /** "<Type>.<member>", e.g. "Range.values", "ChartCollection.add", "Worksheet.load". */
  readonly kind: string;
  /** Object path of the target, e.g. 'worksheets.getItem("Data").getRange("A1:B2")'. */
  readonly path: string;
  /** Arguments as sent over the wire (JSON-able); they make up the request payload. */
  readonly args?: unknown;
  apply(): Commit | void;
}

export interface SyncStat {
  /** 1-based, counting requests actually sent (a sync with nothing queued sends none, as in Office.js). */
  readonly index: number;
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly kinds: readonly string[];
  readonly error?: string;
}

export interface FakeStats {
  syncs: number;
  runs: number;
  readonly perSync: SyncStat[];
}

export interface FailureOptions {
  /** The error to throw; by default a GeneralException. */
  error?: FakeErrorInit | FakeOfficeError;
  /** For failOnSync: how many operations of that sync are applied before it fails (default 0). */
  afterOperations?: number;
  /** For failOnOperation: fail on the n-th matching operation (1-based, default 1). */
  occurrence?: number;
}

export interface Limits {
  requestBytes: number;
  responseBytes: number;
}

/** Excel on the web allows 5 MB per request and per response. */
export const FIVE_MB = 5 * 1024 * 1024;

export class SyncEngine {
  readonly stats: FakeStats = { syncs: 0, runs: 0, perSync: [] };
  private readonly syncFailures = new Map<number, FailureOptions>();
  private readonly operationFailures: { kind: string; remaining: number; options: FailureOptions }[] = [];

  constructor(readonly limits: Limits) {}

  failOnSync(n: number, options: FailureOptions = {}): void {
    this.syncFailures.set(n, options);
  }

  failOnOperation(kind: string, options: FailureOptions = {}): void {
    this.operationFailures.push({ kind, remaining: options.occurrence ?? 1, options });
  }

  clearFailures(): void {
    this.syncFailures.clear();
    this.operationFailures.splice(0);
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.runs = 0;
    this.stats.perSync.splice(0);
  }

  execute(ops: readonly Operation[]): void {
    if (ops.length === 0) return;
    const index = ++this.stats.syncs;
    const requestBytes = utf8Length(JSON.stringify(ops.map((op) => ({ k: op.kind, p: op.path, a: op.args }))));
    const record = (responseBytes: number, error?: string) =>
      this.stats.perSync.push({
        index,
        operations: ops.length,
        requestBytes,
        responseBytes,
        kinds: ops.map((op) => op.kind),
        ...(error === undefined ? {} : { error }),
      });
    try {
      if (requestBytes > this.limits.requestBytes) {
        throw officeError('RequestPayloadSizeLimitExceeded', 'RequestContext.sync', undefined);
      }
      const commits = this.applyAll(ops, this.syncFailures.get(index));
      const responseBytes = utf8Length(JSON.stringify(commits.map((c) => c.data)) ?? '');
      if (responseBytes > this.limits.responseBytes) {
        throw officeError('ResponsePayloadSizeLimitExceeded', 'RequestContext.sync', undefined);
      }
      for (const commit of commits) commit.run();
      record(responseBytes);
    } catch (error) {
      record(0, isFakeOfficeError(error) ? error.code : 'Error');
      throw error;
    }
  }

  private applyAll(ops: readonly Operation[], syncFailure: FailureOptions | undefined): Commit[] {
    const commits: Commit[] = [];
    ops.forEach((op, i) => {
      if (syncFailure && i === (syncFailure.afterOperations ?? 0)) throw injected(syncFailure, op);
      this.checkOperationFailure(op);
      try {
        const commit = op.apply();
        if (commit) commits.push(commit);
      } catch (error) {
        if (isFakeOfficeError(error)) error.debugInfo.statement ??= `${op.path} → ${op.kind}`;
        throw error;
      }
    });
    if (syncFailure && (syncFailure.afterOperations ?? 0) >= ops.length) throw injected(syncFailure, undefined);
    return commits;
  }

  private checkOperationFailure(op: Operation): void {
    const failure = this.operationFailures.find((f) => f.kind === op.kind);
    if (!failure) return;
    failure.remaining -= 1;
    if (failure.remaining > 0) return;
    this.operationFailures.splice(this.operationFailures.indexOf(failure), 1);
    throw injected(failure.options, op);
  }
}

function injected(options: FailureOptions, op: Operation | undefined): FakeOfficeError {
  if (isFakeOfficeError(options.error)) return options.error;
  return new FakeOfficeError({
    code: 'GeneralException',
    ...(op ? { errorLocation: op.kind, statement: `${op.path} → ${op.kind}` } : {}),
    ...options.error,
  });
}

/** UTF-8 size of a string without TextEncoder/Buffer, so the fake also runs in a browser bundle. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
