import { Method } from './model/method';
import { RunResult } from './model/result';
import { DEFAULT_METHOD } from './method';
import { computeRun } from './run';
import { sampleGrid } from './sample/sample-grid';

/** The built-in sample (Beispieldaten), computed. */
export function runSample(method: Method = DEFAULT_METHOD): RunResult {
  return computeRun(sampleGrid(), method);
}
