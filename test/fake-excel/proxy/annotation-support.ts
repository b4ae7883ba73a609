/** What comments (ExcelApi 1.10) and notes (ExcelApi 1.18) share: one per cell, on one sheet. */
import { officeError } from '../errors';
import { parseAddress } from '../model/a1';
import type { RangeRef } from '../model/chart';
import { rect } from '../model/rect';
import type { AnnotationModel, WorkbookModel } from '../model/workbook';
import { ContextCore, ProxyCore } from './core';
import { rangeResolver } from './range-args';
import { spawnRange } from './range';

/** The author the fake writes into comments and notes. */
export const FAKE_AUTHOR = 'Fake Excel';

/** workbook.comments/notes.add need a sheet-qualified address ("Data!B3") or a Range of one cell. */
export function cellResolver(ctx: ContextCore, cellAddress: Excel.Range | string, location: string): () => RangeRef {
  if (typeof cellAddress === 'string' && parseSheetless(cellAddress)) {
    throw officeError('InvalidArgument', location, `The address '${cellAddress}' must name its worksheet.`);
  }
  const resolve = rangeResolver(
    ctx,
    cellAddress,
    () => {
      throw officeError('InvalidArgument', location);
    },
    location,
  );
  return () => {
    const ref = resolve();
    if (ref.rect.rows !== 1 || ref.rect.cols !== 1)
      throw officeError('InvalidArgument', location, 'A comment or note belongs to a single cell.');
    return ref;
  };
}

function parseSheetless(address: string): boolean {
  try {
    return parseAddress(address).sheet === null;
  } catch {
    return false;
  }
}

export function addAnnotation(
  wb: WorkbookModel,
  kind: AnnotationModel['kind'],
  ref: RangeRef,
  content: string,
  location: string,
): AnnotationModel {
  if (wb.annotationAt(ref.sheet, ref.rect.row, ref.rect.col)) {
    throw officeError('InvalidOperation', location, 'The cell already has a comment or a note.');
  }
  const annotation: AnnotationModel = {
    id: wb.newId(),
    kind,
    sheet: ref.sheet,
    row: ref.rect.row,
    col: ref.rect.col,
    content,
    resolved: false,
    visible: false,
    authorName: FAKE_AUTHOR,
    creationDate: new Date(0),
    deleted: false,
  };
  wb.annotations.push(annotation);
  return annotation;
}

export function removeAnnotation(wb: WorkbookModel, annotation: AnnotationModel): void {
  annotation.deleted = true;
  const i = wb.annotations.indexOf(annotation);
  if (i >= 0) wb.annotations.splice(i, 1);
}

export function locationOf<S>(core: ProxyCore<AnnotationModel, S>, member: string): Excel.Range {
  return spawnRange(core.ctx, `${core.path}.${member}()`, `${core.typeName}.${member}`, () => {
    const a = core.targetOrNull();
    return a ? { sheet: a.sheet, rect: rect(a.row, a.col) } : null;
  });
}
