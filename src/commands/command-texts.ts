import { Text, t } from '../core/model/text';

/** Texts of the ribbon command's notification, German first. */
export const COMMAND = {
  doneTitle: t('Typologie berechnet', 'Typology computed'),
  done: t(
    '{rows} Zeilen, {kommunen} Kommunen, Typregel {rule}. Aktualisierte Blätter: {sheets}.',
    '{rows} rows, {kommunen} municipalities, type rule {rule}. Updated sheets: {sheets}.',
  ),
  doneWithErrors: t(
    '{n} Fehler in der Eingabetabelle; die betroffenen Werte sind ausgelassen. Einzelheiten stehen im Blatt Prüfbericht.',
    '{n} errors in the input table; the values concerned are left out. Details are on the Validation sheet.',
  ),
  conflictTitle: t('Nichts überschrieben', 'Nothing overwritten'),
  conflict: t(
    'Seit der letzten Berechnung wurden Ergebnisblätter geändert: {sheets}. Bitte öffnen Sie den Kooperationsmonitor (Start → Kooperationsmonitor öffnen) und wählen Sie unter „Berechnen“, ob eine Kopie behalten oder ersetzt wird.',
    'Result sheets were changed since the last computation: {sheets}. Please open the Cooperation Monitor (Home → Open Cooperation Monitor) and choose under "Compute" whether to keep a copy or replace them.',
  ),
  failedTitle: t('Berechnung nicht möglich', 'Computation not possible'),
  failed: t(
    'Die Berechnung ist nicht gelungen. Bitte öffnen Sie den Kooperationsmonitor und versuchen Sie es dort erneut.',
    'The computation did not work. Please open the Cooperation Monitor and try again there.',
  ),
  close: t('Schließen', 'Close'),
  closesSoon: t('Dieses Fenster schließt sich nach einigen Sekunden.', 'This window closes after a few seconds.'),
} as const satisfies Record<string, Text>;
