import { TypeRule } from '../core/model/method';
import { Text, t } from '../core/model/text';
import type { ConflictReason } from '../excel/ownership';

/** Step 5, Methode. */
export const METHOD = {
  heading: t('Methode', 'Method'),
  intro: t(
    'Die Methode wird in der Arbeitsmappe gespeichert: Wer die Mappe öffnet, bekommt dieselben Ergebnisse. Das Blatt Methodik zeigt sie nach jeder Berechnung.',
    'The method is saved in the workbook: whoever opens it gets the same results. The Method sheet shows it after every computation.',
  ),
  ruleLabel: t('Typregel', 'Type rule'),
  weightsHeading: t('Gewichte', 'Weights'),
  leadLabel: t('Gewicht der Leitindikatoren', 'Weight of lead items'),
  supportLabel: t('Gewicht der unterstützenden Indikatoren', 'Weight of support items'),
  leadHint: t('größer als 0; Standard 3', 'above 0; default 3'),
  supportHint: t('0 oder mehr; Standard 1', '0 or more; default 1'),
  leadInvalid: t('Bitte eine Zahl größer als 0 eingeben.', 'Please enter a number above 0.'),
  supportInvalid: t('Bitte eine Zahl ab 0 eingeben.', 'Please enter a number of 0 or more.'),
  save: t('Methode speichern', 'Save method'),
  reset: t('Standard wiederherstellen', 'Restore default'),
  unsaved: t('Nicht gespeicherte Änderungen.', 'Unsaved changes.'),
  invalid: t('Bitte zuerst die markierten Eingaben korrigieren.', 'Please correct the marked entries first.'),
  loading: t('Die gespeicherte Methode wird geladen …', 'Loading the saved method …'),
  unavailable: t(
    'Die gespeicherte Methode konnte nicht gelesen werden. Bitte unter „Daten“ „Neu einlesen“ wählen.',
    'The saved method could not be read. Please choose "Read again" under "Data".',
  ),
  savedTitle: t('Methode gespeichert', 'Method saved'),
  saved: t(
    'Typregel {rule}, Gewichte {lead} (Leit-) und {support} (unterstützende Indikatoren). Die Blätter der Mappe zeigen noch die vorige Berechnung: Bitte unter „Berechnen“ neu berechnen.',
    'Type rule {rule}, weights {lead} (lead) and {support} (support items). The sheets still show the previous computation: please compute again under "Compute".',
  ),
  savedFirst: t(
    'Typregel {rule}, Gewichte {lead} (Leit-) und {support} (unterstützende Indikatoren). Sie gilt ab der nächsten Berechnung unter „Berechnen“.',
    'Type rule {rule}, weights {lead} (lead) and {support} (support items). It applies from the next computation under "Compute".',
  ),
} as const satisfies Record<string, Text>;

export const RULE_EXPLAINED: Readonly<Record<TypeRule, Text>> = {
  mehrheit: t('Median der drei Kriterienstufen (Standard)', 'median of the three criterion levels (default)'),
  streng: t('die niedrigste Kriterienstufe', 'the lowest criterion level'),
  kompensatorisch: t('Mittelwert der Stufen, kaufmännisch gerundet', 'mean of the levels, rounded half up'),
};

/** The question when owned sheets were changed since the last run. */
export const CONFLICT = {
  title: t('Geänderte Ergebnisblätter', 'Changed result sheets'),
  intro: t(
    'Diese Blätter hat der Kooperationsmonitor angelegt; seitdem wurden sie verändert:',
    'The Cooperation Monitor created these sheets; since then they were changed:',
  ),
  item: t('„{name}“: {reason}', '"{name}": {reason}'),
  question: t('Wie soll es weitergehen?', 'How do you want to continue?'),
  keepCopyHint: t(
    'Kopie behalten: Ihre Fassung bleibt als Kopie erhalten, die Ergebnisse kommen in neue Blätter.',
    'Keep copy: your version stays as a copy, the results go into new sheets.',
  ),
  replaceHint: t('Ersetzen: Ihre Änderungen an diesen Blättern gehen verloren.', 'Replace: your changes to these sheets are lost.'),
  cancelHint: t('Abbrechen: Es wird nichts geändert.', 'Cancel: nothing is changed.'),
  keepCopy: t('Kopie behalten', 'Keep copy'),
  replace: t('Ersetzen', 'Replace'),
  cancel: t('Abbrechen', 'Cancel'),
} as const satisfies Record<string, Text>;

export const CONFLICT_REASON: Readonly<Record<ConflictReason, Text>> = {
  renamed: t('umbenannt', 'renamed'),
  unprotected: t('Schutz aufgehoben', 'protection removed'),
  edited: t('bearbeitet', 'edited'),
};
