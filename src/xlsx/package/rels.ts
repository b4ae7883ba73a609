import { emptyElement, startTags } from './xml';
import type { XlsxPackage } from './xlsx-package';

const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const REL_TYPE = {
  worksheet: `${OFFICE_RELS}/worksheet`,
  hyperlink: `${OFFICE_RELS}/hyperlink`,
  drawing: `${OFFICE_RELS}/drawing`,
  chart: `${OFFICE_RELS}/chart`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRels(xml: string): Relationship[] {
  return startTags(xml, 'Relationship').map(({ attrs }) => ({
    id: attrs.Id ?? '',
    type: attrs.Type ?? '',
    target: attrs.Target ?? '',
    external: attrs.TargetMode === 'External',
  }));
}

export function relsXml(rels: Relationship[]): string {
  const items = rels.map((r) =>
    emptyElement('Relationship', { Id: r.id, Type: r.type, Target: r.target, TargetMode: r.external ? 'External' : undefined }),
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`
  );
}

/** The relationships of a part; none when it has no rels part. */
export function readRels(pkg: XlsxPackage, part: string): Relationship[] {
  const path = relsPath(part);
  return pkg.has(path) ? parseRels(pkg.get(path)) : [];
}

/** Writes the relationships of a part; an empty list removes the rels part. */
export function writeRels(pkg: XlsxPackage, part: string, rels: Relationship[]): void {
  if (rels.length === 0) pkg.remove(relsPath(part));
  else pkg.set(relsPath(part), relsXml(rels));
}

/** An id not yet used among these relationships: rId1, rId2, … (gaps from earlier removals are not reused). */
export function nextRelId(rels: Relationship[]): string {
  const used = rels.map((r) => /^rId(\d+)$/.exec(r.id)).map((m) => (m ? Number(m[1]) : 0));
  return `rId${Math.max(0, ...used) + 1}`;
}

/** Package path of an internal target, relative to the part that holds the relationship. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = part.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') segments.pop();
    else if (seg !== '.') segments.push(seg);
  }
  return segments.join('/');
}

/** Target of `to` as written in a relationship of `from` (both package paths): ../charts/chart1.xml. */
export function relativeTarget(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}
