import { readRels, REL_TYPE, resolveTarget } from './rels';
import { startTags } from './xml';
import type { XlsxPackage } from './xlsx-package';

const WORKBOOK = 'xl/workbook.xml';

/** Sheet name → package path of its worksheet part, in workbook order. */
export function worksheetParts(pkg: XlsxPackage): Map<string, string> {
  const rels = new Map(readRels(pkg, WORKBOOK).map((r) => [r.id, r]));
  const parts = new Map<string, string>();
  for (const { attrs } of startTags(pkg.get(WORKBOOK), 'sheet')) {
    const rel = rels.get(attrs['r:id'] ?? '');
    if (rel?.type === REL_TYPE.worksheet && attrs.name !== undefined) parts.set(attrs.name, resolveTarget(WORKBOOK, rel.target));
  }
  return parts;
}
