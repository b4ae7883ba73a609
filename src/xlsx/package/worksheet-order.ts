import { locateSheetData } from './sheet-data';
import { cutSiblings, joinChildren, splitChildren, tags, type Child, type Split } from './xml';

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
 * added; children this list does not know stay behind their predecessor. <sheetData> is moved as one
 * piece without being read (see splitWorksheet); a sheet already in order comes back as the same string.
 */
export function orderWorksheet(xml: string, insert: Child[] = []): string {
  const split = splitWorksheet(xml);
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
  if (insert.length === 0 && ranked.every((r, i) => r.index === i)) return xml;
  return joinChildren({ ...split, children: ranked.map((r) => r.child) });
}

/**
 * The top-level children of a worksheet as splitChildren cuts them, but only the short runs before and
 * after <sheetData> are tokenised; <sheetData> itself is one child, a slice of the text found by
 * string search (locateSheetData). Parts without <sheetData> are cut whole.
 */
export function splitWorksheet(xml: string): Split {
  const sheetData = locateSheetData(xml);
  if (!sheetData) return splitChildren(xml);
  const lead = tags(xml.slice(0, sheetData.start));
  const root = lead[0];
  if (!root || root.kind !== 'open') throw new Error('worksheet: <sheetData> is not inside a document element');
  const before = cutSiblings(xml, lead.slice(1));
  if (before.close !== undefined) throw new Error('worksheet: <sheetData> is outside the document element');
  const rest = xml.slice(sheetData.end);
  const after = cutSiblings(rest, tags(rest));
  if (after.close === undefined) throw new Error(`XML part: <${root.name}> is not closed`);
  const own: Child = { name: 'sheetData', xml: xml.slice(sheetData.start, sheetData.end) };
  return { head: xml.slice(0, root.end), children: [...before.children, own, ...after.children], tail: rest.slice(after.close) };
}
