import { resolve } from 'path';
import { buildVorlage } from '../../core/sheets/vorlage';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { noPositionals, parseCommandArgs } from '../args';
import { EXIT, type ExitCode } from '../exit-codes';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { TemplateOptions, validateOptions } from '../options';
import { checkOutputPath, writeOutputFile } from '../output-file';
import { createProgress, type Progress } from '../progress';

export const DEFAULT_TEMPLATE_FILE = 'vorlage.xlsx';

/** The Indikatoren template, empty or with the sample, as a workbook of its own (the add-in's "Vorlage anlegen"). */
export async function writeTemplate(output: string, options: TemplateOptions, progress: Progress): Promise<void> {
  await checkOutputPath(output, { force: options.force });
  const label = options.lang === 'de' ? 'Schreibe Vorlage' : 'Writing template';
  await progress.step(label, async () =>
    writeOutputFile(output, await writeWorkbook([buildVorlage({ lang: options.lang, sample: options.sample })])),
  );
}

export async function templateCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('template', args);
  if (values.help) {
    io.stdout(COMMAND_HELP.template);
    return EXIT.ok;
  }
  noPositionals('template', positionals);
  const options = validateOptions(TemplateOptions, values, 'template');
  const output = resolve(io.cwd, options.output ?? DEFAULT_TEMPLATE_FILE);
  await writeTemplate(output, options, createProgress(io, options.quiet));
  const de = options.lang === 'de';
  const what = options.sample ? (de ? 'Vorlage mit Beispieldaten' : 'Template with sample data') : de ? 'Leere Vorlage' : 'Empty template';
  io.stdout(`${what} ${de ? 'geschrieben' : 'written'}: ${output}\n`);
  return EXIT.ok;
}
