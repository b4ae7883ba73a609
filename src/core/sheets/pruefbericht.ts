import { indicator } from '../catalogue';
import { INDICATOR_BY_ID } from '../catalogue';
import { RunResult } from '../model/result';
import { Cell, SheetModel } from '../model/sheet';
import { Lang } from '../model/text';
import { header, text } from './cells';
import { sheetName, TABLE_NAME } from './names';

/** Prüfbericht: every validation finding with a link to its cell. */
export function buildPruefbericht(result: RunResult, lang: Lang): SheetModel {
  const de = lang === 'de';
  const head = (
    de
      ? ['Schwere', 'Blatt', 'Zelle', 'Indikator', 'Gefundener Wert', 'Meldung']
      : ['Severity', 'Sheet', 'Cell', 'Indicator', 'Value found', 'Message']
  ).map((h) => header(h));
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const summary =
    result.issues.length === 0
      ? de
        ? 'Die Prüfung hat nichts gefunden: alle Werte konnten gelesen werden.'
        : 'The check found nothing: every value could be read.'
      : de
        ? `${errors} Fehler und ${warnings} Warnungen. Fehlerhafte Werte wurden bei der Berechnung ausgelassen; die Eingabe bleibt unverändert.`
        : `${errors} errors and ${warnings} warnings. Faulty values were left out of the computation; the input is unchanged.`;
  const body: Cell[][] = result.issues.map((i) => [
    text(i.severity === 'error' ? (de ? 'Fehler' : 'Error') : de ? 'Warnung' : 'Warning', i.severity),
    text(i.sheet),
    { v: i.relatedCells.length > 0 ? `${i.cell} (${i.relatedCells.join(', ')})` : i.cell, link: { sheet: i.sheet, cell: i.cell } },
    text(i.indicator === null ? '' : INDICATOR_BY_ID.has(i.indicator) ? indicator(i.indicator).label[lang] : i.indicator),
    text(i.value ?? ''),
    text(i.message[lang]),
  ]);
  const blocks = [
    {
      row: 0,
      col: 0,
      cells: [[text(de ? 'Prüfbericht' : 'Validation report', 'title')], [text(summary, result.issues.length === 0 ? 'note' : 'subtitle')]],
    },
  ];
  const model: SheetModel = {
    key: 'pruefbericht',
    name: sheetName('pruefbericht', lang),
    blocks,
    columnWidths: [10, 16, 14, 30, 22, 90],
    conditionalFormats: [],
    validations: [],
    charts: [],
  };
  if (body.length === 0) return model;
  blocks.push({ row: 3, col: 0, cells: [head, ...body] });
  return {
    ...model,
    table: { name: TABLE_NAME.pruefbericht, area: { row: 3, col: 0, rows: body.length + 1, cols: head.length }, style: 'TableStyleLight1' },
    freeze: { rows: 4, cols: 0 },
  };
}
