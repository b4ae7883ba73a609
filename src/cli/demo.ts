import { resultsText } from '../core/format/results-text';
import { runSample } from '../core/run-sample';

/** npm run demo: computes the built-in sample and prints its results table. */
function main(): void {
  const result = runSample();
  process.stdout.write('Kooperationsmonitor – Beispieldaten (Methode Version ' + result.method.version + ', Regel Mehrheit)\n\n');
  process.stdout.write(resultsText(result, 'de') + '\n');
  const n = result.issues.length;
  process.stdout.write(`\nPrüfbericht: ${n === 0 ? 'keine Auffälligkeiten' : `${n} Hinweis${n === 1 ? '' : 'e'}`}\n`);
  for (const i of result.issues) process.stdout.write(`  ${i.severity === 'error' ? 'Fehler' : 'Warnung'} ${i.sheet}!${i.cell}: ${i.message.de}\n`);
}

main();
