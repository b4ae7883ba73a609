/**
 * Checks manifest.xml without the shared XSD schemas: what the schemas cannot see (resid targets,
 * icon pixel sizes, en-US overrides) and the few values the add-in depends on.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const DEV_URL = 'https://localhost:3000/';
const MAX_RESID_LENGTH = 32;

const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');

interface Element {
  attrs: Record<string, string>;
  body: string;
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[m[1]!] = m[2]!;
  return attrs;
}

/** Every `<tag ...>` (self-closing or with a body) in the manifest, in document order. */
function elements(tag: string, within = xml): Element[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  return [...within.matchAll(pattern)].map((m) => ({ attrs: attributes(m[1] ?? ''), body: m[2] ?? '' }));
}

function only(tag: string, within = xml): Element {
  const found = elements(tag, within);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function text(tag: string, within = xml): string {
  return only(tag, within).body.trim();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function assetPath(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return join(ROOT, url.slice(DEV_URL.length));
}

function expectSquareIcon(url: string, size: number): void {
  const file = assetPath(url);
  expect(existsSync(file)).toBe(true);
  expect(pngSize(file)).toEqual({ width: size, height: size });
}

/** The part before VersionOverrides: its Description and Hosts differ from the ribbon's. */
const head = xml.slice(0, xml.indexOf('<VersionOverrides'));
const resources = only('Resources').body;
const definedIds = new Map<string, string>();
for (const tag of ['bt:Image', 'bt:Url', 'bt:String']) {
  for (const { attrs } of elements(tag, resources)) {
    if (attrs.id !== undefined) definedIds.set(attrs.id, attrs.DefaultValue ?? '');
  }
}
const references = [...xml.matchAll(/\bresid="([^"]*)"/g)].map((m) => m[1]!);

describe('manifest.xml', () => {
  test('is a task pane add-in for Excel with German as default locale', () => {
    expect(xml).toMatch(/<OfficeApp\b[^>]*xsi:type="TaskPaneApp"/);
    expect(text('DefaultLocale', head)).toBe('de-DE');
    expect(text('ProviderName', head)).toBe('Kooperationsmonitor');
    expect(text('Id', head)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(elements('Host', only('Hosts', head).body).map((h) => h.attrs.Name)).toEqual(['Workbook']);
  });

  test('requires ExcelApi 1.7 and asks for ReadWriteDocument', () => {
    const sets = elements('Set', only('Requirements', head).body).map((s) => s.attrs);
    expect(sets).toContainEqual({ Name: 'ExcelApi', MinVersion: '1.7' });
    expect(text('Permissions', head)).toBe('ReadWriteDocument');
    expect(only('SourceLocation', only('DefaultSettings').body).attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  test('has an en-US override for the display name, the description and every resource string', () => {
    const localised = [only('DisplayName', head), only('Description', head), ...elements('bt:String', resources)];
    expect(localised.length).toBeGreaterThan(2);
    const missing = localised
      .filter(({ body }) => {
        const overrides = [...elements('Override', body), ...elements('bt:Override', body)];
        return !overrides.some((o) => o.attrs.Locale === 'en-US' && /\S/.test(o.attrs.Value ?? ''));
      })
      .map(({ attrs }) => attrs.id ?? attrs.DefaultValue);
    expect(missing).toEqual([]);
  });

  test('defines every referenced resid, and no resid is longer than 32 characters', () => {
    expect(references.length).toBeGreaterThan(0);
    const undefinedIds = references.filter((id) => !definedIds.has(id));
    expect(undefinedIds).toEqual([]);
    const tooLong = [...definedIds.keys(), ...references].filter((id) => id.length > MAX_RESID_LENGTH);
    expect(tooLong).toEqual([]);
  });

  test('ribbon buttons open the task pane and run computeTypologie', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(text('FunctionName')).toBe('computeTypologie');
    expect(definedIds.get(only('FunctionFile').attrs.resid!)).toBe(`${DEV_URL}commands.html`);
    const labels = elements('Label').map((l) => definedIds.get(l.attrs.resid!));
    expect(labels).toEqual(expect.arrayContaining(['Kooperationsmonitor', 'Kooperationsmonitor öffnen', 'Typologie berechnen']));
  });

  test('icons exist as PNGs with the pixel size they are declared with', () => {
    expectSquareIcon(only('IconUrl').attrs.DefaultValue!, 32);
    expectSquareIcon(only('HighResolutionIconUrl').attrs.DefaultValue!, 64);
    const declared = elements('bt:Image').filter((image) => image.attrs.size !== undefined);
    expect(declared.map((image) => image.attrs.size).sort()).toEqual(expect.arrayContaining(['16', '32', '80']));
    for (const { attrs } of declared) expectSquareIcon(definedIds.get(attrs.resid!)!, Number(attrs.size));
    for (const size of [16, 32, 64, 80, 128]) expectSquareIcon(`${DEV_URL}assets/icon-${size}.png`, size);
  });
});
