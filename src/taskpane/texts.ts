import { Lang, Text, t } from '../core/model/text';

/** Every text the task pane shows, German first. */
export const UI = {
  productName: t('Kooperationsmonitor', 'Cooperation Monitor'),
  subtitle: t('Typologie der Zusammenarbeit mit migrantischen Verbünden', 'Typology of cooperation with migrant umbrella organisations'),
  sampleHeading: t('Beispieldaten', 'Sample data'),
  sampleSummary: t('{rows} Zeilen, Jahre {years}', '{rows} rows, years {years}'),
  tableLabel: t('Ergebnisse der Beispieldaten', 'Results of the sample data'),
  colKommune: t('Kommune', 'Municipality'),
  colJahr: t('Jahr', 'Year'),
  colTyp: t('Typ', 'Type'),
  colHinweise: t('Hinweise', 'Notes'),
  estimated: t('Stufe geschätzt', 'level estimated'),
  noScore: t('keine Daten', 'no data'),
  noRows: t('Keine Zeilen zum Anzeigen.', 'No rows to show.'),
  issueError: t('Fehler', 'Error'),
  issueWarning: t('Hinweis', 'Warning'),
  unexpectedError: t('Ein unerwarteter Fehler ist aufgetreten', 'An unexpected error occurred'),
  unexpectedErrorHelp: t(
    'Bitte schließen Sie den Aufgabenbereich und öffnen Sie ihn erneut.',
    'Please close the task pane and open it again.',
  ),
  details: t('Details', 'Details'),
} as const satisfies Record<string, Text>;

/** Fills `{name}` placeholders of a text in the given language. */
export function say(text: Text, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A 0–100 score with one decimal in the user's number format. */
export function formatScore(score: number, lang: Lang): string {
  return score.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
