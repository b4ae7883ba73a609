import { spawnSync } from 'child_process';
import { resolve } from 'path';

/** The one test through a real process: the executable entry registers tsx and runs main. */
describe('bin.cjs', () => {
  it('prints the German help with the English summary and the exit codes, exit 0', () => {
    const run = spawnSync(process.execPath, [resolve(__dirname, '../../src/cli/bin.cjs'), '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^kooperationsmonitor – Typologie der Zusammenarbeit/);
    for (const text of [
      'report <eingabe.xlsx>',
      'template',
      'check <eingabe.xlsx>',
      'Exit-Codes:',
      '  2  Aufruf fehlerhaft',
      '  3  Eingabe nicht lesbar',
      'English:',
    ]) {
      expect(run.stdout).toContain(text);
    }
  }, 60_000);
});
