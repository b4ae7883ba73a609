import { Text, t } from '../core/model/text';

/** Texts of the browser preview around the pane, German first. */
export const PREVIEW = {
  bannerTitle: t('Vorschau mit simulierter Arbeitsmappe', 'Preview with a simulated workbook'),
  banner: t(
    'Der Aufgabenbereich arbeitet hier mit einer Arbeitsmappe im Browser, nicht mit Excel. Änderungen erscheinen links in den Blättern; nichts wird gespeichert.',
    'The task pane works with a workbook in the browser here, not with Excel. Changes appear in the sheets on the left; nothing is saved.',
  ),
  langLabel: t('Anzeigesprache von Office', 'Office display language'),
  themeLabel: t('Dunkles Office-Design', 'Dark Office theme'),
  workbookHeading: t('Simulierte Arbeitsmappe', 'Simulated workbook'),
  sheetTabs: t('Blätter', 'Sheets'),
  sheetCaption: t('Zellen des Blatts „{sheet}“', 'Cells of the sheet "{sheet}"'),
  emptySheet: t('Dieses Blatt ist leer.', 'This sheet is empty.'),
  selection: t('Ausgewählte Zelle: {cell}', 'Selected cell: {cell}'),
  charts: t('Diagramme auf diesem Blatt', 'Charts on this sheet'),
  truncated: t('Gezeigt werden höchstens {rows} Zeilen und {cols} Spalten.', 'At most {rows} rows and {cols} columns are shown.'),
} as const satisfies Record<string, Text>;
