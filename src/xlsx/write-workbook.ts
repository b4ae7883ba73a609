import ExcelJS from 'exceljs';
import type { SheetModel } from '../core/model/sheet';
import { finishPackage } from './finish-package';
import { cellLookup } from '../core/sheets/cell-lookup';
import { renderSheet } from './render-sheet';

export interface WriteWorkbookOptions {
  /** A workbook to add the sheets to (it is changed); sheets of the same names are replaced. */
  base?: ExcelJS.Workbook;
}

/**
 * Writes the sheet models as an .xlsx file: every sheet through ExcelJS (renderSheet), then the saved
 * package is finished with what ExcelJS cannot write: native radar charts, internal links in Excel's
 * own form and worksheet children in schema order (see finishPackage).
 */
export async function writeWorkbook(models: SheetModel[], options: WriteWorkbookOptions = {}): Promise<Uint8Array> {
  const names = models.map((m) => m.name.toLowerCase());
  const twice = models.find((m, i) => names.indexOf(m.name.toLowerCase()) !== i);
  if (twice) throw new Error(`two sheet models are named "${twice.name}"`);
  const workbook = options.base ?? new ExcelJS.Workbook();
  for (const model of models) renderSheet(workbook, model);
  const saved = await workbook.xlsx.writeBuffer();
  const charts = models.map((m) => ({ sheet: m.name, charts: m.charts, cells: cellLookup(m) }));
  return finishPackage(new Uint8Array(saved), charts);
}
