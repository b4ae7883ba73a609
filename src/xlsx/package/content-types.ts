import { emptyElement, startTags } from './xml';
import type { XlsxPackage } from './xlsx-package';

const CONTENT_TYPES = '[Content_Types].xml';

export const CONTENT_TYPE = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
} as const;

/** Declares the content type of a part ("xl/charts/chart1.xml"), unless it is declared already. */
export function addOverride(pkg: XlsxPackage, part: string, contentType: string): void {
  const xml = pkg.get(CONTENT_TYPES);
  const partName = `/${part}`;
  if (startTags(xml, 'Override').some((t) => t.attrs.PartName === partName)) return;
  const override = emptyElement('Override', { PartName: partName, ContentType: contentType });
  pkg.set(
    CONTENT_TYPES,
    xml.replace(/<\/Types>\s*$/, () => `${override}</Types>`),
  );
}

/** The next free number for parts named prefix + N + suffix: xl/charts/chart → 1, 2, … */
export function nextPartNumber(pkg: XlsxPackage, prefix: string, suffix: string): number {
  const numbers = pkg
    .paths()
    .filter((p) => p.startsWith(prefix) && p.endsWith(suffix))
    .map((p) => Number(p.slice(prefix.length, p.length - suffix.length)))
    .filter((n) => Number.isInteger(n));
  return Math.max(0, ...numbers) + 1;
}
