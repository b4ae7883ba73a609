import type { Area } from '../../core/model/sheet';
import { escapeXml } from '../package/xml';

/** SpreadsheetML drawing parts (xl/drawings/drawingN.xml) holding chart frames, ECMA-376 part 1, 20.5. */

export const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"></xdr:wsDr>`;
}

const marker = (tag: 'from' | 'to', row: number, col: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** A chart frame spanning the anchor's cells; it moves and resizes with them. */
export function chartAnchorXml(anchor: Area, shapeId: number, name: string, chartRelId: string): string {
  return (
    '<xdr:twoCellAnchor>' +
    marker('from', anchor.row, anchor.col) +
    marker('to', anchor.row + anchor.rows, anchor.col + anchor.cols) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chartRelId}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}
