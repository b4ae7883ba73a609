/**
 * Office rejects a request over 5 MB. Writes are queued against a budget well below that and synced
 * whenever the next operation would cross it, so a large sheet goes out in a few full requests.
 */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** Approximate request bytes of an operation that carries this value (Office sends JSON). */
export function payloadBytes(value: unknown): number {
  return JSON.stringify(value).length + 200;
}

export class PayloadBudget {
  private used = 0;
  /** Syncs this budget caused, for the benchmark. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly capacity = PAYLOAD_BUDGET_BYTES,
    private readonly beforeSync: () => void = () => undefined,
  ) {}

  /** Accounts for an operation about to be queued; syncs first when it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.capacity) await this.flush();
    this.used += bytes;
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    this.beforeSync();
    await this.context.sync();
    this.syncs++;
    this.used = 0;
  }
}
