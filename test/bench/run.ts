import { benchCore } from './core-bench';
import { benchExcel } from './excel-bench';

/** npm run bench [core|excel|…]: every benchmark prints its own figures; nothing here asserts times. */
async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'core') benchCore();
  if (!only || only === 'excel') await benchExcel();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
