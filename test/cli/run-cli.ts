import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

/** A fixed clock, so the report's "Berechnet am" is known to the test: 14 March 2025, 09:30 local time. */
export const FIXED_NOW = new Date(2025, 2, 14, 9, 30, 0);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command-line runner in-process in `cwd`, capturing both streams. */
export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, now: () => FIXED_NOW };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder per test file; removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `km-cli-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
