/**
 * Where the <sheetData> of a worksheet part is, found by string search without reading its content.
 * <sheetData> holds every cell (hundreds of megabytes on large sheets) and nothing else of interest to
 * the package edits: the few children before it (sheetPr … cols) and after it (mergeCells … extLst)
 * can be read on their own. Cell text cannot hold "<" unescaped, so "</sheetData>" ends it.
 */

export interface SheetDataSpan {
  /** Offset of `<sheetData`. */
  start: number;
  /** Offset just past `</sheetData>` (or past `<sheetData/>`). */
  end: number;
}

const SHEET_DATA_START = /<sheetData[\s/>]/;
const SHEET_DATA_END = '</sheetData>';

/** The span of the worksheet's <sheetData> element; undefined when the part has none. */
export function locateSheetData(xml: string): SheetDataSpan | undefined {
  const found = SHEET_DATA_START.exec(xml);
  if (!found) return undefined;
  const start = found.index;
  const tagEnd = xml.indexOf('>', start);
  if (xml[tagEnd - 1] === '/') return { start, end: tagEnd + 1 };
  const close = xml.lastIndexOf(SHEET_DATA_END);
  if (close < tagEnd) throw new Error('worksheet: <sheetData> is not closed');
  return { start, end: close + SHEET_DATA_END.length };
}

/** Offset where the worksheet's children after <sheetData> begin; 0 when it has no <sheetData>. */
export function afterSheetData(xml: string): number {
  return locateSheetData(xml)?.end ?? 0;
}
