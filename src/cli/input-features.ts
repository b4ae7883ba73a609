import { Text, t } from '../core/model/text';

/**
 * Parts of an .xlsx package that ExcelJS 4.4 does not read and therefore cannot write back: the
 * report keeps the input sheets' cells, formats, tables, notes and images, but not these.
 */
const DROPPED: ReadonlyArray<{ test: RegExp; what: Text }> = [
  { test: /^xl\/charts\/chart\d+\.xml$/, what: t('Diagramme', 'charts') },
  { test: /^xl\/chartsheets\//, what: t('Diagrammblätter', 'chart sheets') },
  { test: /^xl\/pivotTables\//, what: t('PivotTables', 'pivot tables') },
  { test: /^xl\/(slicers|slicerCaches)\//, what: t('Datenschnitte', 'slicers') },
  { test: /^xl\/timelines\//, what: t('Zeitachsen', 'timelines') },
  { test: /^xl\/vbaProject\.bin$/, what: t('Makros (VBA)', 'macros (VBA)') },
  { test: /^xl\/externalLinks\//, what: t('Verknüpfungen zu anderen Mappen', 'links to other workbooks') },
  { test: /^xl\/threadedComments\//, what: t('Kommentar-Unterhaltungen (sie bleiben als Notizen)', 'threaded comments (kept as notes)') },
  { test: /^xl\/(queryTables\/|connections\.xml$)/, what: t('Datenabfragen', 'data queries') },
  { test: /^xl\/(activeX|ctrlProps)\//, what: t('Steuerelemente', 'form controls') },
];

/** What of the input will be missing from the written report, one entry per kind with its count. */
export function droppedFeatures(parts: readonly string[]): Array<{ what: Text; count: number }> {
  return DROPPED.map(({ test, what }) => ({ what, count: parts.filter((p) => test.test(p)).length })).filter((d) => d.count > 0);
}

/** The note for stderr, or null when nothing is lost. */
export function droppedNote(parts: readonly string[]): Text | null {
  const dropped = droppedFeatures(parts);
  if (dropped.length === 0) return null;
  const list = (lang: 'de' | 'en') => dropped.map((d) => `${d.what[lang]} (${d.count})`).join(', ');
  return t(
    `Hinweis: Die Eingabe enthält ${list('de')}. Diese übernimmt die Berichtsdatei nicht (ExcelJS liest sie nicht); Zellwerte, Formate, Tabellen, Notizen und Bilder der Eingabeblätter bleiben erhalten. Die Eingabedatei selbst wird nicht verändert.`,
    `Note: the input contains ${list('en')}. The report file does not carry them over (ExcelJS does not read them); cell values, formats, tables, notes and images of the input sheets are kept. The input file itself is not changed.`,
  );
}
