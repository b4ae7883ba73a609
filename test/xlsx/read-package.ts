import JSZip from 'jszip';
import { all, one, parseXml, type XmlElement } from './xml-tree';

/** Test-side reading of a written .xlsx, independent of the writer's package code. */

export interface PackageParts {
  paths: string[];
  /** Text of the .xml, .rels and .vml parts. */
  text: Map<string, string>;
  xml(path: string): XmlElement;
}

export async function readPackage(bytes: Uint8Array): Promise<PackageParts> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  const text = new Map<string, string>();
  for (const path of paths) if (/\.(xml|rels|vml)$/.test(path)) text.set(path, await zip.file(path)!.async('string'));
  return {
    paths,
    text,
    xml(path) {
      const content = text.get(path);
      if (content === undefined) throw new Error(`no part ${path}; parts: ${paths.join(', ')}`);
      return parseXml(content);
    },
  };
}

export function resolvePart(from: string, target: string): string {
  const segments = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.join('/');
}

export function relsOf(parts: PackageParts, part: string): Map<string, { type: string; target: string; mode?: string }> {
  const path = part.replace(/([^/]+)$/, '_rels/$1.rels');
  if (!parts.text.has(path)) return new Map();
  return new Map(
    all(parts.xml(path), 'Relationship').map((r) => [
      r.attrs.Id!,
      { type: r.attrs.Type!.replace(/^.*\//, ''), target: r.attrs.Target!, mode: r.attrs.TargetMode },
    ]),
  );
}

/** Sheet name → worksheet part path, in workbook order. */
export function sheetParts(parts: PackageParts): Map<string, string> {
  const rels = relsOf(parts, 'xl/workbook.xml');
  const sheets = all(parts.xml('xl/workbook.xml'), 'sheets/sheet');
  return new Map(sheets.map((s) => [s.attrs.name!, resolvePart('xl/workbook.xml', rels.get(s.attrs['r:id']!)!.target)]));
}

/** The part a worksheet's child element (<drawing>, <legacyDrawing>) points to, if it has one. */
export function sheetLinkedPart(parts: PackageParts, sheetPart: string, element: string): string | undefined {
  const el = one(parts.xml(sheetPart), element);
  if (!el) return undefined;
  const rel = relsOf(parts, sheetPart).get(el.attrs['r:id']!);
  if (!rel) throw new Error(`${sheetPart}: <${element}> has no relationship`);
  return resolvePart(sheetPart, rel.target);
}
