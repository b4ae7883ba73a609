import type ExcelJS from 'exceljs';
import { a1 } from '../core/address';
import type { SheetModel } from '../core/model/sheet';
import { cellLookup } from '../core/sheets/cell-lookup';
import { writeBlocks } from './render-cells';
import { addConditionalFormats, addValidations } from './render-rules';

type TableTheme = NonNullable<ExcelJS.TableStyleProperties['theme']>;

/**
 * Writes a sheet model into a new worksheet of the workbook (an existing sheet of that name, compared
 * as Excel does regardless of case, is replaced). Charts are not written here: ExcelJS cannot, see
 * writeWorkbook.
 */
export function renderSheet(workbook: ExcelJS.Workbook, model: SheetModel): ExcelJS.Worksheet {
  const existing = workbook.worksheets.find((ws) => ws.name.toLowerCase() === model.name.toLowerCase());
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(model.name);
  model.columnWidths?.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  addTable(worksheet, model);
  writeBlocks(worksheet, model);
  addConditionalFormats(worksheet, model.conditionalFormats);
  addValidations(worksheet, model);
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.cols > 0)) {
    worksheet.views = [{ state: 'frozen', xSplit: model.freeze.cols, ySplit: model.freeze.rows }];
  }
  setPage(worksheet, model.page);
  return worksheet;
}

/**
 * The Excel table over model.table.area. ExcelJS's addTable writes the header names and body values
 * into the cells; they are taken from the model cells, and writeBlocks then writes the same values
 * again with their formats and styles. The header cells must be distinct non-empty text (Excel's rule
 * for table columns). A table without body rows gets one empty row, as Excel does.
 */
function addTable(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  if (!model.table) return;
  const { name, area, style } = model.table;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw new Error(`table name "${name}" is not a valid Excel name`);
  if (!isTableTheme(style)) throw new Error(`table "${name}": unknown table style "${style}"`);
  const cells = cellLookup(model);
  const columns = Array.from({ length: area.cols }, (_, c) => cells(area.row, area.col + c)?.v);
  const seen = new Set<string>();
  for (const [c, header] of columns.entries()) {
    if (typeof header !== 'string' || header.trim() === '' || seen.has(header.toLowerCase())) {
      throw new Error(`table "${name}": header ${a1(area.row, area.col + c)} must be distinct non-empty text`);
    }
    seen.add(header.toLowerCase());
  }
  const rows = Array.from({ length: Math.max(1, area.rows - 1) }, (_, r) =>
    columns.map((_, c) => cells(area.row + 1 + r, area.col + c)?.v ?? null),
  );
  worksheet.addTable({
    name,
    displayName: name,
    ref: a1(area.row, area.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: style, showRowStripes: true },
    columns: columns.map((header) => ({ name: String(header), filterButton: true })),
    rows,
  });
}

function isTableTheme(style: string): style is TableTheme {
  return /^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style);
}

function setPage(worksheet: ExcelJS.Worksheet, page: SheetModel['page']): void {
  if (!page) return;
  const setup = worksheet.pageSetup;
  setup.orientation = page.orientation;
  setup.fitToPage = page.fitToWidth;
  if (page.fitToWidth) {
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  if (page.repeatRows) setup.printTitlesRow = `${page.repeatRows.from + 1}:${page.repeatRows.to + 1}`;
}
