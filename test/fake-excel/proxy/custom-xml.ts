/** Fake CustomXmlPartCollection, CustomXmlPartScopedCollection (by namespace) and CustomXmlPart. */
import { officeError } from '../errors';
import type { WorkbookModel, XmlPartModel } from '../model/workbook';
import { FakeLoadable, call, queueCreate, queueResult } from './base';
import { ContextCore, HasCore, ProxyCore, ProxySchema } from './core';
import { CORE, Faithful, asReal } from './typing';

/**
 * The root element's namespace. Only a light well-formedness check (a root element that is closed),
 * enough to catch truncated or non-XML strings; the fake has no XML parser so it can run anywhere.
 */
export function namespaceOf(xml: string, location: string): string {
  const body = xml
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  const root = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*?)(\/?)>/.exec(body);
  if (!root) throw officeError('InvalidArgument', location, 'The XML has no root element.');
  const [, first = '', local, attributes = '', selfClosing] = root;
  const prefix = local === undefined ? null : first;
  const name = local === undefined ? first : `${first}:${local}`;
  if (!selfClosing && !body.endsWith(`</${name}>`)) throw officeError('InvalidArgument', location, 'The XML is not well-formed.');
  const attribute = prefix === null ? /\sxmlns\s*=\s*(["'])(.*?)\1/ : new RegExp(`\\sxmlns:${prefix}\\s*=\\s*(["'])(.*?)\\1`);
  return attribute.exec(attributes)?.[2] ?? '';
}

const live = (wb: WorkbookModel, ns?: string) => wb.customXmlParts.filter((p) => !p.deleted && (ns === undefined || p.namespaceUri === ns));

const partItems = (parts: XmlPartModel[], ctx: ContextCore, path: string): HasCore[] =>
  parts.map((p) => new FakeCustomXmlPart(ProxyCore.forTarget(ctx, PART_SCHEMA, `${path}.${call('getItem', p.id)}`, p)));

const SCHEMA: ProxySchema<WorkbookModel, object> = {
  typeName: 'CustomXmlPartCollection',
  scalars: {},
  items: (wb, ctx, path) => partItems(live(wb), ctx, path),
};

export function customXmlPartsProxy(workbook: ProxyCore<WorkbookModel, unknown>): FakeCustomXmlPartCollection {
  return new FakeCustomXmlPartCollection(workbook.child(SCHEMA, 'customXmlParts', (wb) => wb));
}

/** Lookup of one part by id in a list, with Office's ItemNotFound / null-object behaviour. */
function findPart<T>(
  core: ProxyCore<T, unknown>,
  member: string,
  args: unknown[],
  pick: (t: T) => XmlPartModel | undefined | 'ambiguous',
  orNull: boolean,
): Excel.CustomXmlPart {
  const location = `${core.typeName}.${member}`;
  const part = partProxy(core.ctx, `${core.path}.${call(member, ...args)}`, () => {
    const target = core.targetOrNull();
    const found = target === null ? undefined : pick(target);
    if (found === 'ambiguous') {
      if (orNull) return null;
      throw officeError('InvalidOperation', location, 'The collection has more than one item.');
    }
    if (found) return found;
    if (orNull || target === null) return null;
    throw officeError('ItemNotFound', location);
  });
  part[CORE].queueBind(location, args);
  return asReal(part);
}

export class FakeCustomXmlPartCollection
  extends FakeLoadable<Excel.CustomXmlPartCollection, WorkbookModel, object>
  implements Faithful<FakeCustomXmlPartCollection, Excel.CustomXmlPartCollection>
{
  get items(): Excel.CustomXmlPart[] {
    return this[CORE].readItems<Excel.CustomXmlPart>();
  }
  add(xml: string): Excel.CustomXmlPart {
    const core = this[CORE];
    const create = (wb: WorkbookModel): XmlPartModel => {
      const part: XmlPartModel = { id: wb.newId(), namespaceUri: namespaceOf(xml, 'CustomXmlPartCollection.add'), xml, deleted: false };
      wb.customXmlParts.push(part);
      return part;
    };
    return asReal(queueCreate(core, 'add', [xml], create, (path, resolve) => partProxy(core.ctx, path, resolve)));
  }
  getByNamespace(namespaceUri: string): Excel.CustomXmlPartScopedCollection {
    const core = this[CORE];
    const scoped = new ProxyCore(core.ctx, SCOPED_SCHEMA, `${core.path}.${call('getByNamespace', namespaceUri)}`, () => {
      const wb = core.targetOrNull();
      return wb ? { wb, namespaceUri } : null;
    });
    return asReal(new FakeCustomXmlPartScopedCollection(scoped));
  }
  getItem(id: string): Excel.CustomXmlPart {
    return findPart(this[CORE], 'getItem', [id], (wb) => live(wb).find((p) => p.id === id), false);
  }
  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return findPart(this[CORE], 'getItemOrNullObject', [id], (wb) => live(wb).find((p) => p.id === id), true);
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (wb) => live(wb).length);
  }
}

interface Scope {
  readonly wb: WorkbookModel;
  readonly namespaceUri: string;
}

const SCOPED_SCHEMA: ProxySchema<Scope, object> = {
  typeName: 'CustomXmlPartScopedCollection',
  scalars: {},
  items: (scope, ctx, path) => partItems(live(scope.wb, scope.namespaceUri), ctx, path),
};

const onlyItem = (scope: Scope): XmlPartModel | undefined | 'ambiguous' => {
  const parts = live(scope.wb, scope.namespaceUri);
  return parts.length > 1 ? 'ambiguous' : parts[0];
};

export class FakeCustomXmlPartScopedCollection
  extends FakeLoadable<Excel.CustomXmlPartScopedCollection, Scope, object>
  implements Faithful<FakeCustomXmlPartScopedCollection, Excel.CustomXmlPartScopedCollection>
{
  get items(): Excel.CustomXmlPart[] {
    return this[CORE].readItems<Excel.CustomXmlPart>();
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return queueResult(this[CORE], 'getCount', null, (s) => live(s.wb, s.namespaceUri).length);
  }
  getItem(id: string): Excel.CustomXmlPart {
    return findPart(this[CORE], 'getItem', [id], (s) => live(s.wb, s.namespaceUri).find((p) => p.id === id), false);
  }
  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return findPart(this[CORE], 'getItemOrNullObject', [id], (s) => live(s.wb, s.namespaceUri).find((p) => p.id === id), true);
  }
  /** Exactly one part in the namespace, else ItemNotFound (none) or InvalidOperation (several). */
  getOnlyItem(): Excel.CustomXmlPart {
    return findPart(this[CORE], 'getOnlyItem', [], onlyItem, false);
  }
  getOnlyItemOrNullObject(): Excel.CustomXmlPart {
    return findPart(this[CORE], 'getOnlyItemOrNullObject', [], onlyItem, true);
  }
}

type PartScalars = Pick<Excel.CustomXmlPart, 'id' | 'namespaceUri'>;

const PART_SCHEMA: ProxySchema<XmlPartModel, PartScalars> = {
  typeName: 'CustomXmlPart',
  scalars: { id: (p) => p.id, namespaceUri: (p) => p.namespaceUri },
  isAlive: (p) => !p.deleted,
};

function partProxy(ctx: ContextCore, path: string, resolve: () => XmlPartModel | null): FakeCustomXmlPart {
  return new FakeCustomXmlPart(new ProxyCore(ctx, PART_SCHEMA, path, resolve));
}

export class FakeCustomXmlPart
  extends FakeLoadable<Excel.CustomXmlPart, XmlPartModel, PartScalars>
  implements Faithful<FakeCustomXmlPart, Excel.CustomXmlPart>
{
  get id(): string {
    return this[CORE].read('id');
  }
  get namespaceUri(): string {
    return this[CORE].read('namespaceUri');
  }
  getXml(): OfficeExtension.ClientResult<string> {
    return queueResult(this[CORE], 'getXml', null, (p) => p.xml);
  }
  /** Replaces the whole part; the namespace follows the new root element. */
  setXml(xml: string): void {
    this[CORE].action('setXml', [xml], (p) => {
      p.namespaceUri = namespaceOf(xml, 'CustomXmlPart.setXml');
      p.xml = xml;
    });
  }
  delete(): void {
    this[CORE].action('delete', null, (p) => (p.deleted = true));
  }
}
