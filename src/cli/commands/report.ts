import { resolve } from 'path';
import type { RunResult } from '../../core/model/result';
import { computeRun } from '../../core/run';
import { buildReport } from '../../core/sheets/report';
import { shareEmptyStyles } from '../../xlsx/share-empty-styles';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { parseCommandArgs, singleInput } from '../args';
import { EXIT, type ExitCode } from '../exit-codes';
import { findingsLine, typesLine } from '../format/summary';
import { COMMAND_HELP } from '../help';
import { readInputFile } from '../input-file';
import type { CliIo } from '../io';
import { assertOneSource, ReportOptions, validateOptions } from '../options';
import { checkOutputPath, defaultReportPath, writeOutputFile } from '../output-file';
import { createProgress, type Progress } from '../progress';
import { inputLossNote, readInput } from '../read-input';
import { checkYear, methodFor, unknownProfiles } from '../report-request';
import { replacedSheets } from '../report-sheets';
import { appVersion, localIsoTime } from '../run-info';
import { printJson } from './print-json';

export interface ReportOutcome {
  result: RunResult;
  output: string;
  /** Sheet names of the written workbook, in order. */
  sheets: string[];
  runAt: string;
}

/** Reads the input and computes; the grid is not kept, so it is free before the big write. */
async function readAndCompute(input: string, output: string, options: ReportOptions, progress: Progress) {
  const { lang } = options;
  const de = lang === 'de';
  const file = await readInputFile(input);
  await checkOutputPath(output, { input, force: options.force });
  const loss = inputLossNote(file, lang);
  if (loss) progress.warn(loss);
  const source = { ...(options.table ? { table: options.table } : {}), ...(options.sheet ? { sheet: options.sheet } : {}) };
  const { workbook, grid } = await readInput(file, source, progress, lang);
  const count = Math.max(grid.values.length - 1, 0).toLocaleString(de ? 'de-DE' : 'en-GB');
  const result = await progress.step(de ? `Berechne ${count} Zeilen` : `Computing ${count} rows`, () =>
    computeRun(grid, methodFor(options)),
  );
  return { workbook, result, inputSheet: grid.sheet };
}

/**
 * The report: check the paths, read the input table, compute, build the same five sheet models as
 * the add-in (buildReport) and write them into the input workbook, saved as a new file.
 */
export async function writeReport(
  input: string,
  output: string,
  options: ReportOptions,
  io: CliIo,
  progress: Progress,
): Promise<ReportOutcome> {
  const { lang } = options;
  const de = lang === 'de';
  const { workbook, result, inputSheet } = await readAndCompute(input, output, options, progress);
  checkYear(options.year, result);
  const unknown = unknownProfiles(result, options.year, options.profiles, lang);
  if (unknown) progress.warn(unknown);

  const runAt = localIsoTime(io.now());
  const models = buildReport(result, {
    lang,
    year: options.year ?? null,
    runAt,
    appVersion: appVersion(),
    ...(options.profiles ? { profiles: options.profiles } : {}),
  });
  for (const name of replacedSheets(workbook, models, inputSheet)) {
    progress.warn(
      de
        ? `Hinweis: Das Blatt „${name}“ der Eingabe wird durch das neue Berichtsblatt ersetzt.`
        : `Note: the input sheet "${name}" is replaced by the new report sheet.`,
    );
  }
  await progress.step(de ? 'Schreibe Bericht' : 'Writing report', async () => {
    // The input sheets are not touched after this point; see shareEmptyStyles.
    shareEmptyStyles(workbook.worksheets);
    await writeOutputFile(output, await writeWorkbook(models, { base: workbook }));
  });
  return { result, output, sheets: workbook.worksheets.map((ws) => ws.name), runAt };
}

export async function reportCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('report', args);
  if (values.help) {
    io.stdout(COMMAND_HELP.report);
    return EXIT.ok;
  }
  const options = validateOptions(ReportOptions, values, 'report');
  assertOneSource(options);
  const input = resolve(io.cwd, singleInput('report', positionals));
  const output = resolve(io.cwd, options.output ?? defaultReportPath(input));
  const progress = createProgress(io, options.quiet);
  const outcome = await writeReport(input, output, options, io, progress);
  progress.done(options.lang === 'de' ? 'Fertig' : 'Done');
  if (options.json) {
    printJson(io, outcome.result, { command: 'report', appVersion: appVersion(), runAt: outcome.runAt, file: input, output });
  } else {
    const de = options.lang === 'de';
    io.stdout(`${de ? 'Bericht geschrieben' : 'Report written'}: ${output}\n`);
    io.stdout(`${de ? 'Blätter' : 'Sheets'}: ${outcome.sheets.join(', ')}\n`);
    io.stdout(`${typesLine(outcome.result, options.lang)}\n${findingsLine(outcome.result.issues, options.lang)}\n`);
  }
  return EXIT.ok;
}
