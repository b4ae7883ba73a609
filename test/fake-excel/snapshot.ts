/**
 * The whole workbook as deterministic JSON, for "nothing changed" assertions:
 * `const before = host.snapshot(); await failingAction(); expect(host.snapshot()).toEqual(before)`.
 */
import { annotationSnapshot, chartSnapshot, conditionalFormatSnapshot, styleDiff, tableSnapshot, validationSnapshot } from './host-views';
import { formatAddress, formatRect } from './model/a1';
import { MAX_COLS, rect } from './model/rect';
import type { SheetModel } from './model/sheet';
import type { WorkbookModel } from './model/workbook';

function sortedEntries<V>(map: Map<number, V>): [number, V][] {
  return [...map.entries()].sort((a, b) => a[0] - b[0]);
}

function sheetSnapshot(wb: WorkbookModel, s: SheetModel) {
  const cells: Record<string, unknown> = {};
  for (const [key, cell] of sortedEntries(s.cells)) {
    const address = formatRect(rect(Math.floor(key / MAX_COLS), key % MAX_COLS));
    const style = styleDiff(cell.style);
    cells[address] = {
      value: cell.content.value,
      ...(cell.content.formula === null ? {} : { formula: cell.content.formula }),
      ...(Object.keys(style).length ? { style } : {}),
      ...(cell.hyperlink ? { hyperlink: { ...cell.hyperlink } } : {}),
    };
  }
  return {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    tabColor: s.tabColor,
    showGridlines: s.showGridlines,
    protected: s.isProtected,
    freeze: { ...s.freeze },
    pageLayout: JSON.parse(JSON.stringify(s.pageLayout)) as unknown,
    columnWidths: Object.fromEntries(sortedEntries(s.columnWidths)),
    rowHeights: Object.fromEntries(sortedEntries(s.rowHeights)),
    columnStyles: Object.fromEntries(sortedEntries(s.columnStyles).map(([c, st]) => [c, styleDiff(st)])),
    rowStyles: Object.fromEntries(sortedEntries(s.rowStyles).map(([r, st]) => [r, styleDiff(st)])),
    merges: s.merges.map((m) => formatRect(m)),
    cells,
    tables: s.tables.map(tableSnapshot),
    charts: s.charts.map(chartSnapshot),
    conditionalFormats: s.conditionalFormats.map((cf) => conditionalFormatSnapshot(s, cf)),
    dataValidations: s.validations.map((v) => validationSnapshot(s, v)),
    annotations: wb.annotations.filter((a) => a.sheet === s).map((a) => ({ kind: a.kind, ...annotationSnapshot(a) })),
  };
}

export function workbookSnapshot(wb: WorkbookModel) {
  return JSON.parse(
    JSON.stringify({
      activeSheet: wb.activeSheet?.name ?? null,
      selection: wb.selection ? formatAddress(wb.selection.sheet.name, wb.selection.rect) : null,
      calculationMode: wb.calculationMode,
      sheets: wb.sheets.map((s) => sheetSnapshot(wb, s)),
      settings: Object.fromEntries(wb.settings),
      customXmlParts: wb.customXmlParts.filter((p) => !p.deleted).map((p) => ({ id: p.id, namespaceUri: p.namespaceUri, xml: p.xml })),
      names: wb.names.filter((n) => !n.deleted).map((n) => ({ name: n.name, formula: n.formula, comment: n.comment, visible: n.visible })),
    }),
  ) as WorkbookSnapshot;
}

export type WorkbookSnapshot = {
  activeSheet: string | null;
  selection: string | null;
  calculationMode: string;
  sheets: ReturnType<typeof sheetSnapshot>[];
  settings: Record<string, unknown>;
  customXmlParts: { id: string; namespaceUri: string; xml: string }[];
  names: { name: string; formula: string; comment: string; visible: boolean }[];
};
