/**
 * A small strict XML parser for tests: builds an element tree and throws on anything not well-formed
 * (unbalanced or crossed tags, duplicate or unquoted attributes, stray '<' or '&', unbound prefixes,
 * text outside the root). Enough for the parts of an .xlsx package; no DTDs.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(text: string, where: string): string {
  if (/[<]/.test(text) || /&/.test(text.replace(ENTITY, ''))) throw new Error(`not well-formed text near ${where}`);
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, '');
  const stack: XmlElement[] = [];
  const scopes: Array<Set<string>> = [new Set(['xml', 'xmlns'])];
  let root: XmlElement | undefined;
  let pos = 0;
  while (pos < body.length) {
    const lt = body.indexOf('<', pos);
    const text = body.slice(pos, lt < 0 ? body.length : lt);
    const top = stack[stack.length - 1];
    if (top) top.text += decode(text, `offset ${pos}`);
    else if (text.trim() !== '') throw new Error(`text outside the root element at offset ${pos}`);
    if (lt < 0) break;
    if (body.startsWith('<!--', lt)) {
      pos = body.indexOf('-->', lt) + 3;
      if (pos < 3) throw new Error('unclosed comment');
      continue;
    }
    if (body.startsWith('<![CDATA[', lt)) {
      const end = body.indexOf(']]>', lt);
      if (end < 0 || !top) throw new Error('bad CDATA section');
      top.text += body.slice(lt + 9, end);
      pos = end + 3;
      continue;
    }
    const m = /^<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(body.slice(lt));
    if (!m) throw new Error(`malformed tag at offset ${lt}: ${body.slice(lt, lt + 40)}`);
    const [whole, closing, name, attrText, selfClosing] = m as unknown as [string, string, string, string, string];
    if (!NAME.test(name)) throw new Error(`bad element name <${name}>`);
    pos = lt + whole.length;
    if (closing) {
      const open = stack.pop();
      scopes.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const key = a[1]!;
      if (key in attrs) throw new Error(`duplicate attribute ${key} on <${name}>`);
      attrs[key] = decode(a[2] ?? a[3] ?? '', `<${name} ${key}>`);
    }
    const scope = new Set(scopes[scopes.length - 1]);
    for (const key of Object.keys(attrs)) if (key.startsWith('xmlns:')) scope.add(key.slice(6));
    for (const qname of [name, ...Object.keys(attrs)]) {
      const prefix = qname.includes(':') ? qname.slice(0, qname.indexOf(':')) : undefined;
      if (prefix && !scope.has(prefix)) throw new Error(`unbound prefix ${prefix}: in <${name}>`);
    }
    const element: XmlElement = { name, attrs, children: [], text: '' };
    if (top) top.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (!selfClosing) {
      stack.push(element);
      scopes.push(scope);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Children with this name; a path "a/b" descends. */
export function all(el: XmlElement, path: string): XmlElement[] {
  return path.split('/').reduce<XmlElement[]>((found, name) => found.flatMap((e) => e.children.filter((c) => c.name === name)), [el]);
}

export function one(el: XmlElement, path: string): XmlElement | undefined {
  return all(el, path)[0];
}

/** Every element of the tree (depth first), for searches by name. */
export function descendants(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}
