import JSZip from 'jszip';

const TEXT_PART = /\.(xml|rels|vml)$/;

/**
 * A saved workbook opened for editing: the XML parts as text (loaded once, written back on save),
 * every other part (images) untouched in the zip.
 */
export class XlsxPackage {
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();

  private constructor(
    private readonly zip: JSZip,
    private readonly texts: Map<string, string>,
  ) {}

  static async load(bytes: Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const texts = new Map<string, string>();
    for (const file of Object.values(zip.files)) {
      if (!file.dir && TEXT_PART.test(file.name)) texts.set(file.name, await file.async('string'));
    }
    return new XlsxPackage(zip, texts);
  }

  /** Part paths without leading slash ("xl/workbook.xml"), folders left out. */
  paths(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir && !this.removed.has(f.name))
      .map((f) => f.name)
      .concat([...this.changed].filter((p) => !this.zip.files[p]));
  }

  has(path: string): boolean {
    return this.texts.has(path) || (Boolean(this.zip.files[path]) && !this.removed.has(path));
  }

  get(path: string): string {
    const text = this.texts.get(path);
    if (text === undefined) throw new Error(`xlsx package: part ${path} is missing`);
    return text;
  }

  set(path: string, xml: string): void {
    this.texts.set(path, xml);
    this.changed.add(path);
    this.removed.delete(path);
  }

  remove(path: string): void {
    this.texts.delete(path);
    this.changed.delete(path);
    this.removed.add(path);
  }

  async save(): Promise<Uint8Array> {
    for (const path of this.removed) this.zip.remove(path);
    for (const path of this.changed) this.zip.file(path, this.get(path));
    return this.zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }
}
