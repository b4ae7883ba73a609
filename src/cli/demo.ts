import { mkdirSync } from 'fs';
import { join, relative, resolve } from 'path';
import { RULE_LABEL } from '../core/describe';
import { resultsText } from '../core/format/results-text';
import { writeReport } from './commands/report';
import { writeTemplate } from './commands/template';
import { CliError } from './exit-codes';
import { processIo, type CliIo } from './io';
import { ReportOptions, TemplateOptions } from './options';
import { createProgress } from './progress';

/** Where the demo writes: out/ in the project, whatever the current folder (out/ is git-ignored). */
const OUT = resolve(__dirname, '..', '..', 'out');

/**
 * npm run demo, the main job end to end: the template with the built-in sample, then its report,
 * both under out/ (replacing the demo's own earlier files), and the results table.
 */
export async function demo(io: CliIo): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const template = join(OUT, 'beispieldaten.xlsx');
  const report = join(OUT, 'beispieldaten-bericht.xlsx');
  const progress = createProgress(io, true);
  await writeTemplate(template, TemplateOptions.parse({ sample: true, force: true }), progress);
  const outcome = await writeReport(template, report, ReportOptions.parse({ force: true }), io, progress);
  const { result } = outcome;
  const show = (p: string) => relative(io.cwd, p) || p;
  io.stdout(
    `Kooperationsmonitor – Beispieldaten (Methode Version ${result.method.version}, Regel ${RULE_LABEL[result.method.rule].de})\n\n`,
  );
  io.stdout(`Vorlage mit Beispieldaten: ${show(template)}\n`);
  io.stdout(`Bericht:                   ${show(report)}\n`);
  io.stdout(`                           Blätter: ${outcome.sheets.join(', ')}\n\n`);
  io.stdout(`${resultsText(result, 'de')}\n`);
  const n = result.issues.length;
  io.stdout(`\nPrüfbericht: ${n === 0 ? 'keine Auffälligkeiten' : `${n} Hinweis${n === 1 ? '' : 'e'}`}\n`);
  for (const i of result.issues) io.stdout(`  ${i.severity === 'error' ? 'Fehler' : 'Warnung'} ${i.sheet}!${i.cell}: ${i.message.de}\n`);
  return 0;
}

if (require.main === module) {
  const io = processIo();
  demo(io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      io.stderr(
        error instanceof CliError
          ? `Fehler: ${error.user.de}\n`
          : `Ein unerwarteter Fehler ist aufgetreten:\n${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = error instanceof CliError ? error.exitCode : 70;
    },
  );
}
