import { addCharts, type SheetCharts } from './charts/add-charts';
import { internalLinksToLocations } from './package/hyperlinks';
import { quotePrintTitles } from './package/print-titles';
import { readRels, writeRels } from './package/rels';
import { orderWorksheet } from './package/worksheet-order';
import { worksheetParts } from './package/worksheets';
import { XlsxPackage } from './package/xlsx-package';

/**
 * What ExcelJS cannot write, added to its saved package: internal hyperlinks in Excel's own form,
 * worksheet children in schema order, print titles of sheet names with apostrophes, and native charts.
 */
export async function finishPackage(bytes: Uint8Array, sheets: SheetCharts[]): Promise<Uint8Array> {
  const pkg = await XlsxPackage.load(bytes);
  const parts = worksheetParts(pkg);
  for (const part of parts.values()) {
    const before = pkg.get(part);
    const rels = readRels(pkg, part);
    const links = internalLinksToLocations(before, rels);
    const after = orderWorksheet(links.xml);
    if (after !== before) pkg.set(part, after);
    if (links.rels.length !== rels.length) writeRels(pkg, part, links.rels);
  }
  quotePrintTitles(pkg, [...parts.keys()]);
  for (const sheet of sheets) {
    const part = parts.get(sheet.sheet);
    if (!part) throw new Error(`xlsx package: no worksheet named "${sheet.sheet}"`);
    addCharts(pkg, part, sheet);
  }
  return pkg.save();
}
