/** What `load` can fetch from a Range: each scalar property computed from the model at sync time. */
import { formatAddress } from '../model/a1';
import type { RangeRef } from '../model/chart';
import { readFormulas, readNumberFormats, readText, readValueTypes, readValues } from '../model/range-data';
import { area, isEntireColumns, isEntireRows } from '../model/rect';
import type { ProxySchema } from './core';

export type RangeScalars = Pick<
  Excel.Range,
  | 'address'
  | 'addressLocal'
  | 'cellCount'
  | 'columnCount'
  | 'columnIndex'
  | 'rowCount'
  | 'rowIndex'
  | 'values'
  | 'formulas'
  | 'text'
  | 'numberFormat'
  | 'valueTypes'
  | 'hyperlink'
  | 'isEntireColumn'
  | 'isEntireRow'
  | 'top'
  | 'left'
  | 'width'
  | 'height'
>;

const address = (t: RangeRef) => formatAddress(t.sheet.name, t.rect);

/** Excel answers `null` for a range without hyperlink although the type says RangeHyperlink. */
function hyperlinkOf(t: RangeRef): Excel.RangeHyperlink {
  const link = t.sheet.cell(t.rect.row, t.rect.col)?.hyperlink;
  return (link ? { ...link } : null) as Excel.RangeHyperlink;
}

export const RANGE_SCHEMA: ProxySchema<RangeRef, RangeScalars> = {
  typeName: 'Range',
  scalars: {
    address,
    addressLocal: address,
    cellCount: (t) => area(t.rect),
    columnCount: (t) => t.rect.cols,
    columnIndex: (t) => t.rect.col,
    rowCount: (t) => t.rect.rows,
    rowIndex: (t) => t.rect.row,
    values: readValues,
    formulas: readFormulas,
    text: readText,
    numberFormat: readNumberFormats,
    valueTypes: readValueTypes,
    hyperlink: hyperlinkOf,
    isEntireColumn: (t) => isEntireColumns(t.rect),
    isEntireRow: (t) => isEntireRows(t.rect),
    top: (t) => t.sheet.offsetOf(t.rect.row, t.rect.col).top,
    left: (t) => t.sheet.offsetOf(t.rect.row, t.rect.col).left,
    width: (t) => t.sheet.offsetOf(t.rect.row, t.rect.col + t.rect.cols).left - t.sheet.offsetOf(t.rect.row, t.rect.col).left,
    height: (t) => t.sheet.offsetOf(t.rect.row + t.rect.rows, t.rect.col).top - t.sheet.offsetOf(t.rect.row, t.rect.col).top,
  },
  navigation: ['format', 'conditionalFormats', 'dataValidation', 'worksheet'],
  isAlive: (t) => !t.sheet.deleted,
};
