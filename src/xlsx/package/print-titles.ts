import { quoteSheet } from '../refs';
import { escapeXml } from './xml';
import type { XlsxPackage } from './xlsx-package';

const WORKBOOK = 'xl/workbook.xml';

/**
 * ExcelJS 4.4 writes print titles as `'Kim's'!$1:$2`, without doubling an apostrophe in the sheet
 * name, which Excel cannot read. Rewrites those references of the named sheets to `'Kim''s'!$1:$2`.
 */
export function quotePrintTitles(pkg: XlsxPackage, sheetNames: string[]): void {
  const xml = pkg.get(WORKBOOK);
  let fixed = xml;
  for (const name of sheetNames.filter((n) => n.includes("'"))) {
    const written = escapeXml(`'${name}'!`);
    fixed = fixed.replace(/(<definedName name="_xlnm\.Print_Titles"[^>]*>)([^<]*)/g, (_, open: string, text: string) => {
      return open + text.split(written).join(escapeXml(`${quoteSheet(name)}!`));
    });
  }
  if (fixed !== xml) pkg.set(WORKBOOK, fixed);
}
