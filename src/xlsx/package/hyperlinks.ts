import { REL_TYPE, type Relationship } from './rels';
import { afterSheetData } from './sheet-data';
import { emptyElement, startTags } from './xml';

/**
 * ExcelJS 4.4 writes an internal link ("#'Profile'!B3") twice: as an external relationship with that
 * target and as `location`, which Excel joins to "#'Profile'!B3##'Profile'!B3" (exceljs issue #3027).
 * This rewrites every hyperlink whose relationship target starts with "#" into the form Excel writes
 * itself, `<hyperlink ref="A1" location="'Profile'!B3"/>`, and drops the relationship.
 * (ExcelJS does not read such links back; the cell keeps its text.) <hyperlinks> follows <sheetData>
 * (CT_Worksheet), so only the text after it is read.
 */
export function internalLinksToLocations(sheetXml: string, rels: Relationship[]): { xml: string; rels: Relationship[] } {
  const internal = new Map(rels.filter((r) => r.type === REL_TYPE.hyperlink && r.target.startsWith('#')).map((r) => [r.id, r]));
  if (internal.size === 0) return { xml: sheetXml, rels };
  const from = afterSheetData(sheetXml);
  const rest = sheetXml.slice(from);
  const converted = new Set<string>();
  const pieces: string[] = [];
  let copied = 0;
  for (const tag of startTags(rest, 'hyperlink')) {
    const rel = internal.get(tag.attrs['r:id'] ?? '');
    if (!rel || tag.kind !== 'empty') continue;
    const attrs: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attrs)) if (name !== 'r:id' && name !== 'location') attrs[name] = value;
    attrs.location = rel.target.slice(1);
    pieces.push(rest.slice(copied, tag.start), emptyElement('hyperlink', attrs));
    copied = tag.end;
    converted.add(rel.id);
  }
  if (converted.size === 0) return { xml: sheetXml, rels };
  pieces.push(rest.slice(copied));
  return { xml: sheetXml.slice(0, from) + pieces.join(''), rels: rels.filter((r) => !converted.has(r.id)) };
}
