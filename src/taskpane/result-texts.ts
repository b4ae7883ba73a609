import { CriterionId } from '../core/model/level';
import { Text, t } from '../core/model/text';

/** Step 3, Berechnen. */
export const COMPUTE = {
  heading: t('Berechnen', 'Compute'),
  yearLabel: t('Vergleichsjahr', 'Comparison year'),
  yearHint: t(
    'Für die Blätter Vergleich und Profile und für die Liste unten.',
    'For the Comparison and Profiles sheets and the list below.',
  ),
  run: t('Typologie berechnen', 'Compute typology'),
  profilesLabel: t('Kommunen im Blatt Profile', 'Municipalities on the Profiles sheet'),
  profilesHint: t(
    'Ohne Auswahl: die ersten {max} nach Rang. Bei mehr als {max} Kommunen bitte auswählen.',
    'Without a choice: the first {max} by rank. With more than {max} municipalities, please choose.',
  ),
  overlayLabel: t('Kommunen im Vergleichsdiagramm', 'Municipalities in the comparison chart'),
  overlayHint: t(
    'Ohne Auswahl: die ersten {max} nach Rang; dazu der Median aller Kommunen.',
    'Without a choice: the first {max} by rank, plus the median of all municipalities.',
  ),
  chosenFor: t('Gewählt für „{label}“', 'Chosen for "{label}"'),
  tooMany: t(
    'Höchstens {max} Kommunen. „{kommune}“ wurde nicht hinzugefügt; entfernen Sie zuerst eine andere.',
    'At most {max} municipalities. "{kommune}" was not added; remove another one first.',
  ),
  noMatch: t('Keine passende Kommune', 'No matching municipality'),
  runHint: t(
    'Schreibt die Blätter Typologie, Vergleich, Profile, Methodik und Prüfbericht in die Arbeitsmappe. Ihre Eingabetabelle bleibt unverändert.',
    'Writes the sheets Typology, Comparison, Profiles, Method and Validation into the workbook. Your input table stays unchanged.',
  ),
  progressLabel: t('Fortschritt der Berechnung', 'Progress of the computation'),
  progress: t('Schritt {n} von 4: {step}', 'Step {n} of 4: {step}'),
  stepLesen: t('Daten lesen', 'Reading the data'),
  stepBerechnen: t('Typen berechnen', 'Computing the types'),
  stepSchreiben: t('Blätter schreiben', 'Writing the sheets'),
  stepAbschliessen: t('Abschließen', 'Finishing'),
  notComputed: t(
    'Noch nicht berechnet. Wählen Sie „Typologie berechnen“; danach stehen die Ergebnisse hier und in der Arbeitsmappe.',
    'Not computed yet. Choose "Compute typology"; the results then appear here and in the workbook.',
  ),
  staleTitle: t('Ergebnisse nicht mehr aktuell', 'Results out of date'),
  stale: t(
    'Daten oder Methode haben sich seit der letzten Berechnung geändert. Bitte „Typologie berechnen“ wählen, damit Liste und Blätter stimmen.',
    'Data or method changed since the last computation. Please choose "Compute typology" so that the list and the sheets agree.',
  ),
  doneTitle: t('Typologie berechnet', 'Typology computed'),
  done: t(
    '{rows} Zeilen, {kommunen} Kommunen, Typregel {rule}. In der Arbeitsmappe aktualisiert: {sheets}. Einzelne Kommunen sehen Sie unter „Profil“.',
    '{rows} rows, {kommunen} municipalities, type rule {rule}. Updated in the workbook: {sheets}. See single municipalities under "Profile".',
  ),
  cancelledTitle: t('Berechnung abgebrochen', 'Computation cancelled'),
  cancelled: t(
    'Es wurde nichts geändert; Ihre bearbeiteten Blätter sind wie zuvor. Wählen Sie „Typologie berechnen“, wenn Sie doch aktualisieren möchten.',
    'Nothing was changed; your edited sheets are as before. Choose "Compute typology" if you want to update after all.',
  ),
  resultsHeading: t('Ergebnisse {year}', 'Results {year}'),
  noRowsForYear: t('Für {year} gibt es keine berechneten Zeilen.', 'There are no computed rows for {year}.'),
  noPrevious: t('kein Vorjahr in den Daten', 'no previous year in the data'),
  unchanged: t('unverändert ggü. {year}', 'unchanged vs. {year}'),
  flags: t('Hinweise', 'Flags'),
  change: t('Veränderung', 'Change'),
  openProfile: t('Profil ansehen', 'View profile'),
  openProfileOf: t('Profil von {kommune} ansehen', 'View the profile of {kommune}'),
  typeOf: t('Typ {type}', 'Type {type}'),
} as const satisfies Record<string, Text>;

/** Step 4, Profil. */
export const PROFILE = {
  heading: t('Profil', 'Profile'),
  noData: t('Noch keine Ergebnisse. Lesen Sie unter „Daten“ eine Tabelle ein.', 'No results yet. Read a table under "Data".'),
  kommuneLabel: t('Kommune', 'Municipality'),
  title: t('{kommune} {year}', '{kommune} {year}'),
  loadingChart: t('Diagramm wird geladen …', 'Loading the chart …'),
  yearLabel: t('Jahr', 'Year'),
  radarLabel: t(
    'Radarprofil {kommune} {year} auf fünf Achsen von 0 bis 100.',
    'Radar profile of {kommune} {year} on five axes from 0 to 100.',
  ),
  seriesCurrent: t('{year}', '{year}'),
  seriesPrevious: t('Vorjahr {year}', 'Previous year {year}'),
  seriesMedian: t('Median aller {n} Kommunen {year}', 'Median of all {n} municipalities {year}'),
  tableCaption: t('Werte des Radarprofils (0–100)', 'Values of the radar profile (0–100)'),
  axis: t('Achse', 'Axis'),
  bands: t(
    'Die Ringe bei {low} und {high} markieren die Grenzen der Typen II und III.',
    'The rings at {low} and {high} mark the boundaries of types II and III.',
  ),
  criteriaHeading: t('Kriterien', 'Criteria'),
  level: t('Stufe {level}', 'Level {level}'),
  levelUnknown: t('Stufe unbekannt', 'Level unknown'),
  points: t('{score} Punkte', '{score} points'),
  estimated: t('geschätzt', 'estimated'),
  strengths: t('Stärken', 'Strengths'),
  weaknesses: t('Schwächen', 'Weaknesses'),
  itemWords: t('{label}: {value}', '{label}: {value}'),
  moreOne: t('und {n} weiterer Indikator mit demselben Wert', 'and {n} more indicator with the same score'),
  moreMany: t('und {n} weitere Indikatoren mit demselben Wert', 'and {n} more indicators with the same score'),
  noItems: t('Keine bewerteten Indikatoren in dieser Zeile.', 'No scored indicators in this row.'),
  allEqual: t(
    'Alle bewerteten Indikatoren haben denselben Wert ({score} Punkte).',
    'All scored indicators have the same score ({score} points).',
  ),
  yes: t('ja', 'yes'),
  no: t('nein', 'no'),
  perPerson: t('{value} € je Person mit Migrationsgeschichte', '€{value} per person with a migration history'),
  seatShare: t('{value} % der Sitze', '{value} % of the seats'),
  percent: t('{value} %', '{value} %'),
} as const satisfies Record<string, Text>;

export const CRITERION_LABEL: Readonly<Record<CriterionId, Text>> = {
  K1: t('Formalisierung der Zusammenarbeit', 'Formalisation of cooperation'),
  K2: t('Einbindung in kommunale Steuerung', 'Involvement in municipal steering'),
  K3: t('Anerkennung und Förderung', 'Recognition and funding'),
};
