/** A hand-written WorkbookApi for component tests: the built-in sample, a stored method, recorded calls. */
import { DEFAULT_METHOD } from '../../src/core/method';
import { Method } from '../../src/core/model/method';
import { RunResult } from '../../src/core/model/result';
import { Lang } from '../../src/core/model/text';
import { runSample } from '../../src/core/run-sample';
import type { ComputeOutcome, ComputeRequest } from '../../src/excel/compute-report';
import type { InputSource } from '../../src/excel/read-input';
import type { WorkbookApi } from '../../src/excel/workbook-api';

export interface FakeApi extends WorkbookApi {
  stored: Method;
  /** Every compute request, in order. */
  requests: ComputeRequest[];
}

type Mocked<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? jest.Mock<R, A> : T[K] };

export function fakeApi(options: { result?: (method: Method) => RunResult; method?: Method } = {}): Mocked<FakeApi> {
  const result = options.result ?? ((m: Method) => runSample(m));
  const state: { stored: Method; requests: ComputeRequest[] } = { stored: options.method ?? DEFAULT_METHOD, requests: [] };
  const api: Mocked<WorkbookApi> = {
    listInputChoices: jest.fn(async () => ({ tables: ['Indikatoren'], sheets: ['Tabelle1', 'Indikatoren'] })),
    inspect: jest.fn(async (_source: InputSource, method?: Method) => result(method ?? state.stored)),
    compute: jest.fn(async (request: ComputeRequest): Promise<ComputeOutcome> => {
      state.requests.push(request);
      for (const step of ['lesen', 'berechnen', 'schreiben', 'abschliessen'] as const) request.onProgress?.(step);
      return {
        status: 'done',
        result: result(request.method ?? state.stored),
        sheets: ['Typologie', 'Vergleich', 'Profile', 'Methodik', 'Prüfbericht'],
        syncs: 4,
      };
    }),
    createTemplate: jest.fn(async (_lang: Lang, _sample: boolean) => ({ sheet: 'Indikatoren' })),
    addNewYear: jest.fn(async () => ({ added: 5 })),
    selectCell: jest.fn(async (_sheet: string, _cell: string): Promise<void> => undefined),
    loadMethod: jest.fn(async () => state.stored),
    saveMethod: jest.fn(async (method: Method) => {
      state.stored = method;
    }),
  };
  return Object.assign(api, {
    get stored() {
      return state.stored;
    },
    requests: state.requests,
  });
}

/** A promise with its resolve and reject at hand, to hold an action mid-way. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
