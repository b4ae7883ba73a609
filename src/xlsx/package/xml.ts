/**
 * Just enough XML handling for the package parts ExcelJS writes: escaping, reading the attributes of
 * start tags, and cutting the top-level children of a root element. The parts are never re-serialised
 * as a whole; edits replace or insert whole elements and leave every other byte as it was.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Comments, processing instructions, CDATA, or one start/end/empty tag (attribute values may hold '>'). */
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Offsets of the tag in the text it was found in. */
  start: number;
  end: number;
  kind: 'open' | 'close' | 'empty';
}

/** All element tags in document order (comments, PIs and CDATA skipped). */
export function tags(xml: string): Tag[] {
  const found: Tag[] = [];
  for (const m of xml.matchAll(TOKEN)) {
    const name = m[2];
    if (name === undefined) continue;
    const kind = m[1] ? 'close' : m[4] ? 'empty' : 'open';
    found.push({ name, attrs: parseAttributes(m[3] ?? ''), start: m.index, end: m.index + m[0].length, kind });
  }
  return found;
}

/** Start (or empty) tags of elements with this qualified name. */
export function startTags(xml: string, name: string): Tag[] {
  return tags(xml).filter((t) => t.name === name && t.kind !== 'close');
}

function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

/** An empty element: `<name a="1"/>`; undefined attributes are left out. */
export function emptyElement(name: string, attrs: Record<string, string | undefined>): string {
  const text = Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<${name}${text}/>`;
}

export interface Child {
  /** Local name (prefix removed). */
  name: string;
  xml: string;
}

export interface Split {
  /** Everything up to and including the root's start tag. */
  head: string;
  children: Child[];
  /** The root's end tag and whatever follows. */
  tail: string;
}

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

/** Cuts the top-level children of the document element; whitespace between them is dropped. */
export function splitChildren(xml: string): Split {
  const all = tags(xml);
  const root = all[0];
  if (!root || root.kind !== 'open') throw new Error('XML part has no document element with children');
  const { children, close } = cutSiblings(xml, all.slice(1));
  if (close === undefined) throw new Error(`XML part: <${root.name}> is not closed`);
  return { head: xml.slice(0, root.end), children, tail: xml.slice(close) };
}

/**
 * Cuts sibling elements out of `xml`, given its tags from the first sibling on: the children up to the
 * end tag of their parent, and that end tag's offset (undefined when the tags end before it).
 */
export function cutSiblings(xml: string, siblingTags: Tag[]): { children: Child[]; close?: number } {
  const children: Child[] = [];
  let depth = 0;
  let childStart = -1;
  let childName = '';
  for (const tag of siblingTags) {
    if (depth === 0 && tag.kind === 'close') return { children, close: tag.start };
    if (depth === 0) {
      childStart = tag.start;
      childName = localName(tag.name);
    }
    if (tag.kind === 'open') depth++;
    if (tag.kind === 'close') depth--;
    if (depth === 0) children.push({ name: childName, xml: xml.slice(childStart, tag.end) });
  }
  if (depth !== 0) throw new Error(`XML part: <${childName}> is not closed`);
  return { children };
}

export function joinChildren(split: Split): string {
  return split.head + split.children.map((c) => c.xml).join('') + split.tail;
}
