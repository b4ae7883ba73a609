/**
 * The simulated workbook of the browser preview: the FakeExcelHost from test/fake-excel (no Node modules,
 * so webpack bundles it) behind the real WorkbookApi, and plain-data views of it for the sheet viewer.
 */
import { Lang } from '../core/model/text';
import { ExcelHost } from '../excel/host';
import { createTemplate } from '../excel/template';
import { WorkbookApi, workbookApi } from '../excel/workbook-api';
import { FakeExcelHost } from '../../test/fake-excel';
import { columnLetters, parseAddress } from '../../test/fake-excel/model/a1';

export interface PreviewWorkbook {
  fake: FakeExcelHost;
  api: WorkbookApi;
}

/** A new simulated workbook; unless `empty`, with the template and the sample loaded the way the pane loads them. */
export async function createPreviewWorkbook(options: { lang: Lang; empty: boolean }): Promise<PreviewWorkbook> {
  const fake = new FakeExcelHost({ sheets: [options.lang === 'de' ? 'Tabelle1' : 'Sheet1'] });
  const host: ExcelHost = { run: fake.run, supports: () => true };
  if (!options.empty) await createTemplate(host, { lang: options.lang, sample: true });
  return { fake, api: workbookApi(host) };
}

/** Calls `onChange` after every call of the API has settled, so the sheet viewer can redraw. */
export function observedApi(api: WorkbookApi, onChange: () => void): WorkbookApi {
  const wrapped = {} as Record<keyof WorkbookApi, unknown>;
  for (const key of Object.keys(api) as Array<keyof WorkbookApi>) {
    const fn = api[key] as (...args: unknown[]) => Promise<unknown>;
    wrapped[key] = (...args: unknown[]) => fn(...args).finally(onChange);
  }
  return wrapped as unknown as WorkbookApi;
}

/** Cells shown per sheet at most, so a huge sheet cannot freeze the page. */
export const VIEW_LIMIT = { rows: 200, cols: 30 };

export interface SheetPicture {
  name: string;
  /** Top-left of the shown block, zero-based. */
  origin: { row: number; col: number };
  /** Column letters of the shown block. */
  columns: string[];
  /** Display text of the cells, as Excel would show them. */
  cells: string[][];
  chartTitles: string[];
  /** The selected cell, e.g. "Z3", when it is on this sheet. */
  selection: string | null;
}

export interface WorkbookPicture {
  sheets: string[];
  active: string | null;
  pictures: Map<string, SheetPicture>;
}

function sheetPicture(fake: FakeExcelHost, name: string): SheetPicture {
  const view = fake.sheet(name);
  const used = view.usedRange(true);
  const selection = fake.model.selection?.sheet.name === name ? fake.model.selection.rect : null;
  const chartTitles = fake.charts(name).map((c) => c.title.text);
  const base = { name, chartTitles, selection: selection ? `${columnLetters(selection.col)}${selection.row + 1}` : null };
  if (used === null) return { ...base, origin: { row: 0, col: 0 }, columns: [], cells: [] };
  const rect = parseAddress(used).rect;
  const rows = Math.min(rect.rows, VIEW_LIMIT.rows);
  const cols = Math.min(rect.cols, VIEW_LIMIT.cols);
  const from = `${columnLetters(rect.col)}${rect.row + 1}`;
  const to = `${columnLetters(rect.col + cols - 1)}${rect.row + rows}`;
  return {
    ...base,
    origin: { row: rect.row, col: rect.col },
    columns: Array.from({ length: cols }, (_, i) => columnLetters(rect.col + i)),
    cells: view.text(`${from}:${to}`),
  };
}

/** What the sheet viewer shows: the sheet tabs, the active sheet and every sheet's cells and charts. */
export function pictureOf(fake: FakeExcelHost): WorkbookPicture {
  const sheets = fake.sheetNames();
  return { sheets, active: fake.activeSheetName(), pictures: new Map(sheets.map((s) => [s, sheetPicture(fake, s)])) };
}
