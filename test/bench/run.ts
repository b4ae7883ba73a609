import { benchCore } from './core-bench';

/** npm run bench: every benchmark prints its own figures; nothing here asserts times. */
function main(): void {
  const only = process.argv[2];
  if (!only || only === 'core') benchCore();
}

main();
