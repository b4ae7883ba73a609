import { joinChildren, splitChildren, type Child } from './xml';

/**
 * The child sequence of CT_Worksheet (ECMA-376 part 1, 18.3.1.99). Excel rejects sheets whose children
 * are out of this order; ExcelJS 4.4 writes <legacyDrawing> (notes) after <tableParts>, and the chart
 * <drawing> has to be inserted, so every worksheet is put back into this order.
 */
export const WORKSHEET_SEQUENCE = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

/**
 * Puts the children of a worksheet into schema order, with `insert` (known elements such as <drawing>)
 * added; children this list does not know stay behind their predecessor.
 */
export function orderWorksheet(xml: string, insert: Child[] = []): string {
  const split = splitChildren(xml);
  const position = (name: string) => (WORKSHEET_SEQUENCE as readonly string[]).indexOf(name);
  let previous = -1;
  const ranked = split.children.map((child, index) => {
    const known = position(child.name);
    if (known >= 0) previous = known;
    return { child, rank: previous, index };
  });
  for (const child of insert) {
    const rank = position(child.name);
    if (rank < 0) throw new Error(`<${child.name}> is not a worksheet element`);
    ranked.push({ child, rank, index: ranked.length });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return joinChildren({ ...split, children: ranked.map((r) => r.child) });
}
