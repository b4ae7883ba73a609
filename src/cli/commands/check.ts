import { basename, resolve } from 'path';
import { computeRun } from '../../core/run';
import { parseCommandArgs, singleInput } from '../args';
import { EXIT, type ExitCode } from '../exit-codes';
import { issuesText } from '../format/issues-text';
import { findingsLine, severityCounts } from '../format/summary';
import { COMMAND_HELP } from '../help';
import { readInputFile } from '../input-file';
import type { CliIo } from '../io';
import { assertOneSource, CheckOptions, validateOptions } from '../options';
import { createProgress } from '../progress';
import { readInput } from '../read-input';
import { appVersion, localIsoTime } from '../run-info';
import { printJson } from './print-json';

/** check: the validation report of the input table; exit 1 when it has errors, 0 for warnings only. */
export async function checkCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('check', args);
  if (values.help) {
    io.stdout(COMMAND_HELP.check);
    return EXIT.ok;
  }
  const options = validateOptions(CheckOptions, values, 'check');
  assertOneSource(options);
  const { lang } = options;
  const de = lang === 'de';
  const input = resolve(io.cwd, singleInput('check', positionals));
  const progress = createProgress(io, options.quiet);
  const file = await readInputFile(input);
  const source = { ...(options.table ? { table: options.table } : {}), ...(options.sheet ? { sheet: options.sheet } : {}) };
  const { grid } = await readInput(file, source, progress, lang);
  // The type rule does not change any finding: the default method is used.
  const result = await progress.step(de ? 'Prüfe' : 'Checking', () => computeRun(grid));
  progress.done(de ? 'Fertig' : 'Done');
  if (options.json) {
    printJson(io, result, { command: 'check', appVersion: appVersion(), runAt: localIsoTime(io.now()), file: input, output: null });
  } else {
    const where = result.input.table
      ? de
        ? `Tabelle „${result.input.table}“ auf Blatt „${result.input.sheet}“, ${result.input.address}`
        : `table "${result.input.table}" on sheet "${result.input.sheet}", ${result.input.address}`
      : de
        ? `Blatt „${result.input.sheet}“, ${result.input.address}`
        : `sheet "${result.input.sheet}", ${result.input.address}`;
    io.stdout(
      de
        ? `Prüfbericht für ${basename(input)} (${where}): ${result.input.rowsRead} Zeilen gelesen, ${result.input.rowsScored} berechenbar\n`
        : `Validation of ${basename(input)} (${where}): ${result.input.rowsRead} rows read, ${result.input.rowsScored} computable\n`,
    );
    if (result.issues.length > 0) io.stdout(`\n${issuesText(result.issues, lang)}\n\n`);
    io.stdout(`${findingsLine(result.issues, lang)}\n`);
  }
  return severityCounts(result.issues).errors > 0 ? EXIT.validation : EXIT.ok;
}
