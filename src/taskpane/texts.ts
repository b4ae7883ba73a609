import { Lang, Text, t } from '../core/model/text';

/** Texts of the whole pane, German first. Step texts live in step-texts.ts, result-texts.ts and method-texts.ts. */
export const UI = {
  productName: t('Kooperationsmonitor', 'Cooperation Monitor'),
  subtitle: t('Typologie der Zusammenarbeit mit migrantischen Verbünden', 'Typology of cooperation with migrant umbrella organisations'),
  stepsLabel: t('Arbeitsschritte', 'Steps'),
  unexpectedError: t('Ein unerwarteter Fehler ist aufgetreten', 'An unexpected error occurred'),
  unexpectedErrorHelp: t(
    'Ihre Arbeitsmappe bleibt, wie sie ist. Bitte schließen Sie den Aufgabenbereich und öffnen Sie ihn erneut. Wenn der Fehler wiederkommt, geben Sie die Details an den Support.',
    'Your workbook stays as it is. Please close the task pane and open it again. If the error comes back, pass the details to support.',
  ),
  details: t('Details', 'Details'),
  dismiss: t('Meldung schließen', 'Dismiss message'),
  actionFailedTitle: t('{action} ist nicht gelungen', '{action} did not work'),
  actionFailedBody: t(
    'Bitte versuchen Sie es erneut. Wenn es wieder scheitert, schließen Sie den Aufgabenbereich, öffnen Sie ihn erneut und geben Sie sonst dem Support Bescheid.',
    'Please try again. If it fails again, close the task pane, open it again, and otherwise let support know.',
  ),
  busy: t('Bitte warten …', 'Please wait …'),
  outsideExcelTitle: t('Nur in Excel', 'Excel only'),
  outsideExcel: t(
    'Der Kooperationsmonitor arbeitet mit einer Excel-Arbeitsmappe. Bitte öffnen Sie ihn in Excel über „Start → Kooperationsmonitor öffnen“. Eine Vorschau im Browser startet „npm run preview“.',
    'The Cooperation Monitor works with an Excel workbook. Please open it in Excel with "Home → Open Cooperation Monitor". For a preview in the browser, run "npm run preview".',
  ),
} as const satisfies Record<string, Text>;

/** The five steps of the workflow, in order. */
export type StepId = 'daten' | 'pruefen' | 'berechnen' | 'profil' | 'methode';
export const STEPS: readonly StepId[] = ['daten', 'pruefen', 'berechnen', 'profil', 'methode'];
export const STEP_LABEL: Readonly<Record<StepId, Text>> = {
  daten: t('Daten', 'Data'),
  pruefen: t('Prüfen', 'Check'),
  berechnen: t('Berechnen', 'Compute'),
  profil: t('Profil', 'Profile'),
  methode: t('Methode', 'Method'),
};

/** The names of the actions, for messages when one fails. */
export const ACTION = {
  laden: t('Das Einlesen der Daten', 'Reading the data'),
  vorlage: t('Das Anlegen der Vorlage', 'Creating the template'),
  beispiel: t('Das Laden der Beispieldaten', 'Loading the sample data'),
  jahr: t('Das Anlegen des neuen Jahres', 'Adding the new year'),
  auswahl: t('Das Auswählen der Zelle', 'Selecting the cell'),
  berechnen: t('Die Berechnung', 'The computation'),
  methode: t('Das Speichern der Methode', 'Saving the method'),
} as const satisfies Record<string, Text>;
export type ActionId = keyof typeof ACTION;

/** A count with its noun in singular or plural: `count(lang, 1, ONE, MANY)` → "1 Zeile". */
export function sayCount(lang: Lang, n: number, one: Text, many: Text): string {
  return say(n === 1 ? one : many, lang, { n });
}

/** Fills `{name}` placeholders of a text in the given language. */
export function say(text: Text, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Both languages of a text with its placeholders filled, for messages kept in state across a language switch. */
export function fill(text: Text, values: Readonly<Record<string, string | number | Text>>): Text {
  const pick = (lang: Lang) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v])) as Record<string, string | number>;
  return { de: say(text, 'de', pick('de')), en: say(text, 'en', pick('en')) };
}

const LOCALE: Readonly<Record<Lang, string>> = { de: 'de-DE', en: 'en-GB' };

/** A 0–100 score with one decimal in the user's number format. */
export function formatScore(score: number, lang: Lang): string {
  return score.toLocaleString(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A number with at most two decimals in the user's number format. */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALE[lang], { maximumFractionDigits: 2 });
}

/** "A, B und C" / "A, B and C". */
export function joinWords(words: readonly string[], lang: Lang): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${words[words.length - 1]!}`;
}
