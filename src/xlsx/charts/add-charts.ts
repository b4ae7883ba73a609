import type { ChartSpec } from '../../core/model/sheet';
import type { CellLookup } from '../../core/sheets/cell-lookup';
import { addOverride, CONTENT_TYPE, nextPartNumber } from '../package/content-types';
import { nextRelId, readRels, relativeTarget, REL_TYPE, resolveTarget, writeRels, type Relationship } from '../package/rels';
import { locateSheetData } from '../package/sheet-data';
import { orderWorksheet } from '../package/worksheet-order';
import { startTags } from '../package/xml';
import type { XlsxPackage } from '../package/xlsx-package';
import { chartXml } from './chart-xml';
import { chartAnchorXml, emptyDrawingXml } from './drawing-xml';

/** The charts of one sheet and the sheet's cells (for the charts' cached values). */
export interface SheetCharts {
  sheet: string;
  charts: ChartSpec[];
  cells: CellLookup;
}

const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * Adds native charts to a worksheet of a saved package: one chart part per chart, their frames in the
 * sheet's drawing (the one ExcelJS wrote for images, else a new one), the relationships and content types.
 * Part numbers continue after those present, relationship ids after those of the same part, so
 * ExcelJS's drawings, notes (comments + vmlDrawing) and tables keep theirs.
 */
export function addCharts(pkg: XlsxPackage, sheetPart: string, sheet: SheetCharts): void {
  if (sheet.charts.length === 0) return;
  const drawing = sheetDrawing(pkg, sheetPart);
  const drawingRels = readRels(pkg, drawing.part);
  let shapeId = Math.max(1, ...startTags(drawing.xml, 'xdr:cNvPr').map((t) => Number(t.attrs.id) || 0)) + 1;
  const anchors = sheet.charts.map((spec) => {
    const chartPart = `xl/charts/chart${nextPartNumber(pkg, 'xl/charts/chart', '.xml')}.xml`;
    pkg.set(chartPart, chartXml(spec, sheet.sheet, sheet.cells));
    addOverride(pkg, chartPart, CONTENT_TYPE.chart);
    const id = nextRelId(drawingRels);
    drawingRels.push({ id, type: REL_TYPE.chart, target: relativeTarget(drawing.part, chartPart), external: false });
    return chartAnchorXml(spec.anchor, shapeId++, spec.name, id);
  });
  const end = /<\/xdr:wsDr>\s*$/;
  if (!end.test(drawing.xml)) throw new Error(`xlsx package: ${drawing.part} does not end in </xdr:wsDr>`);
  pkg.set(
    drawing.part,
    drawing.xml.replace(end, () => `${anchors.join('')}</xdr:wsDr>`),
  );
  writeRels(pkg, drawing.part, drawingRels);
  addOverride(pkg, drawing.part, CONTENT_TYPE.drawing);
}

/** The drawing part of a worksheet; creates it (and the sheet's <drawing> and relationship) when missing. */
function sheetDrawing(pkg: XlsxPackage, sheetPart: string): { part: string; xml: string } {
  const sheetXml = pkg.get(sheetPart);
  const sheetRels = readRels(pkg, sheetPart);
  const sheetData = locateSheetData(sheetXml);
  const existing = startTags(sheetXml.slice(sheetData?.end ?? 0), 'drawing')[0];
  if (existing) {
    const rel = sheetRels.find((r) => r.id === existing.attrs['r:id']);
    if (!rel) throw new Error(`xlsx package: ${sheetPart} names a drawing without relationship`);
    const part = resolveTarget(sheetPart, rel.target);
    return { part, xml: pkg.get(part) };
  }
  if (!sheetXml.slice(0, sheetData?.start).includes(R_NS)) throw new Error(`xlsx package: ${sheetPart} does not declare the r: namespace`);
  const part = `xl/drawings/drawing${nextPartNumber(pkg, 'xl/drawings/drawing', '.xml')}.xml`;
  const rel: Relationship = { id: nextRelId(sheetRels), type: REL_TYPE.drawing, target: relativeTarget(sheetPart, part), external: false };
  writeRels(pkg, sheetPart, [...sheetRels, rel]);
  pkg.set(sheetPart, orderWorksheet(sheetXml, [{ name: 'drawing', xml: `<drawing r:id="${rel.id}"/>` }]));
  return { part, xml: emptyDrawingXml() };
}
