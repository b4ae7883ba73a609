import { benchBundle } from './bundle-bench';
import { benchCore } from './core-bench';
import { benchExcel } from './excel-bench';
import { benchReport } from './report-bench';

/**
 * npm run bench [core|excel|bundle|report]: every benchmark prints its own figures; nothing here asserts
 * times. Without an argument all of them run, one after the other.
 */
async function main(): Promise<void> {
  const only = process.argv[2];
  const want = (name: string) => !only || only === name;
  if (want('core')) benchCore();
  if (want('excel')) await benchExcel();
  if (want('bundle')) await benchBundle({ build: true });
  if (want('report')) await benchReport();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
