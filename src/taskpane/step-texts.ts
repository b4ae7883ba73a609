import { Text, t } from '../core/model/text';

/** Step 1, Daten. */
export const DATA = {
  heading: t('Daten', 'Data'),
  sourceLabel: t('Eingabetabelle', 'Input table'),
  sourceHint: t(
    'Standard ist die Tabelle „Indikatoren“. Sie können auch eine andere Tabelle oder ein ganzes Blatt wählen.',
    'The default is the table "Indikatoren". You can also choose another table or a whole sheet.',
  ),
  groupTables: t('Tabellen', 'Tables'),
  groupSheets: t('Blätter (ganzes Blatt)', 'Sheets (whole sheet)'),
  optionTable: t('Tabelle {name}', 'Table {name}'),
  optionSheet: t('Blatt {name}', 'Sheet {name}'),
  foundHeading: t('Gefunden', 'Found'),
  rows: t('Zeilen', 'Rows'),
  rowsValue: t('{rows}, davon {scored} berechenbar', '{rows}, of which {scored} can be computed'),
  kommunen: t('Kommunen', 'Municipalities'),
  years: t('Jahre', 'Years'),
  noYears: t('keine', 'none'),
  actionsHeading: t('Tabelle anlegen oder erweitern', 'Create or extend the table'),
  actionsHint: t(
    '„Vorlage anlegen“ und „Beispieldaten laden“ legen ein neues Blatt mit der Tabelle „Indikatoren“ an. „Neues Jahr anlegen“ kopiert für jede Kommune die letzte Zeile mit dem folgenden Jahr.',
    '"Create template" and "Load sample data" add a new sheet with the table "Indikatoren". "Add new year" copies each municipality\'s latest row with the following year.',
  ),
  createTemplate: t('Vorlage anlegen', 'Create template'),
  loadSample: t('Beispieldaten laden', 'Load sample data'),
  addYear: t('Neues Jahr anlegen', 'Add new year'),
  addYearSheetOnly: t(
    '„Neues Jahr anlegen“ geht nur mit einer Tabelle, nicht mit einem ganzen Blatt.',
    '"Add new year" works with a table only, not with a whole sheet.',
  ),
  reload: t('Neu einlesen', 'Read again'),
  noInputTitle: t('Keine Daten gefunden', 'No data found'),
  templateDoneTitle: t('Vorlage angelegt', 'Template created'),
  templateDone: t(
    'Das Blatt „{sheet}“ enthält die leere Tabelle „Indikatoren“. Tragen Sie je Kommune und Jahr eine Zeile ein und wechseln Sie dann zu „Prüfen“.',
    'The sheet "{sheet}" holds the empty table "Indikatoren". Enter one row per municipality and year, then go to "Check".',
  ),
  sampleDoneTitle: t('Beispieldaten geladen', 'Sample data loaded'),
  sampleDone: t(
    'Das Blatt „{sheet}“ enthält die fünf Verbünde des Arbeitspapiers. Weiter mit „Prüfen“ oder gleich mit „Berechnen“.',
    'The sheet "{sheet}" holds the five networks of the working paper. Continue with "Check" or go straight to "Compute".',
  ),
  yearDoneTitle: t('Neues Jahr angelegt', 'New year added'),
  yearDone: t(
    '{added} Zeilen mit dem Folgejahr wurden angehängt. Tragen Sie die neuen Werte ein und wählen Sie dann „Neu einlesen“.',
    '{added} rows with the following year were appended. Enter the new values, then choose "Read again".',
  ),
  yearNoneTitle: t('Keine Zeilen angelegt', 'No rows added'),
  yearNone: t(
    'Die Tabelle enthält noch keine Zeile mit Kommune und Jahr. Tragen Sie zuerst eine Zeile ein.',
    'The table has no row with a municipality and a year yet. Enter a row first.',
  ),
} as const satisfies Record<string, Text>;

/** Step 2, Prüfen. */
export const CHECK = {
  heading: t('Prüfen', 'Check'),
  intro: t(
    'Auffälligkeiten in der Eingabetabelle. Ein Klick auf eine Meldung wählt die Zelle in der Arbeitsmappe aus.',
    'Findings in the input table. Click a finding to select its cell in the workbook.',
  ),
  noData: t('Noch keine Daten eingelesen. Wählen Sie unter „Daten“ eine Tabelle.', 'No data read yet. Choose a table under "Data".'),
  cleanTitle: t('Keine Auffälligkeiten', 'No findings'),
  clean: t('Alle {rows} Zeilen sind lesbar. Weiter mit „Berechnen“.', 'All {rows} rows can be read. Continue with "Compute".'),
  errorTitle: t('{n} Fehler – die Berechnung läuft trotzdem', '{n} error – the computation still runs'),
  errorsTitle: t('{n} Fehler – die Berechnung läuft trotzdem', '{n} errors – the computation still runs'),
  errorsBody: t(
    'Ausgelassen werden {what}. Korrigieren Sie die genannten Zellen und wählen Sie „Neu einlesen“, um sie einzubeziehen.',
    'Left out: {what}. Correct the cells named below and choose "Read again" to include them.',
  ),
  leftRow: t('{n} Zeile', '{n} row'),
  leftRows: t('{n} Zeilen', '{n} rows'),
  leftCell: t('der Wert aus {n} Zelle', 'the value from {n} cell'),
  leftCells: t('Werte aus {n} Zellen', 'values from {n} cells'),
  leftNothing: t(
    'keine Zeilen (die Werte werden anders verwendet, siehe Meldungen)',
    'no rows (see the findings for how the values are used)',
  ),
  warningTitle: t('{n} Hinweis', '{n} warning'),
  warningsTitle: t('{n} Hinweise', '{n} warnings'),
  warningsBody: t(
    'Die Werte bleiben in der Berechnung. Bitte prüfen Sie die genannten Zellen.',
    'The values stay in the computation. Please check the cells named below.',
  ),
  groupErrors: t('Fehler ({n})', 'Errors ({n})'),
  groupWarnings: t('Hinweise ({n})', 'Warnings ({n})'),
  generalGroup: t('Tabelle allgemein', 'Table in general'),
  cell: t('Zelle {cell}', 'Cell {cell}'),
  selectHint: t('Zelle {cell} in der Arbeitsmappe auswählen', 'Select cell {cell} in the workbook'),
} as const satisfies Record<string, Text>;
