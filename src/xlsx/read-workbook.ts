import ExcelJS from 'exceljs';
import { a1, parseA1 } from '../core/address';
import type { RawGrid, RawValue } from '../core/model/grid';
import { t } from '../core/model/text';
import { cellRawValue } from './cell-raw-value';
import { InputError } from './input-error';
import { mergedRanges, workbookTables, type WorkbookTable } from './workbook-tables';

/** Where the indicator table is: an Excel table by name (default Indikatoren) or the used range of a sheet. */
export interface InputSource {
  table?: string;
  sheet?: string;
}

export const DEFAULT_TABLE = 'Indikatoren';

/** A zero-based, inclusive block of cells. */
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Opens .xlsx bytes with ExcelJS; a package ExcelJS cannot read is reported as corrupt. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its argument as its own `Buffer extends ArrayBuffer`; at run time it takes any bytes (JSZip).
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new InputError(
      'corrupt',
      t(
        'Die Datei ist beschädigt oder keine gültige Excel-Arbeitsmappe und kann nicht gelesen werden. Bitte in Excel öffnen und erneut als .xlsx speichern.',
        'The file is damaged or not a valid Excel workbook and cannot be read. Please open it in Excel and save it again as .xlsx.',
      ),
      { cause },
    );
  }
  return workbook;
}

/**
 * Reads the indicator table of a workbook into the engine's RawGrid, as the add-in reads it through
 * Office.js: the table's range (a totals row left out), or the used range of a sheet (cells with
 * values). Values and number formats per cell; see rawValue for what becomes of formulas and dates.
 */
export function readInputGrid(workbook: ExcelJS.Workbook, source: InputSource): RawGrid {
  const date1904 = workbook.properties?.date1904 === true;
  if (source.sheet !== undefined && source.table === undefined) {
    const worksheet = findSheet(workbook, source.sheet);
    const area = usedArea(worksheet, date1904);
    const where = t(`Das Blatt „${worksheet.name}“`, `The sheet "${worksheet.name}"`);
    if (!area) throw emptyInput(where);
    return grid(worksheet, undefined, area, date1904, where);
  }
  const table = findTable(workbook, source.table ?? DEFAULT_TABLE);
  const range = parseRange(table.range);
  const where = t(
    `Die Tabelle „${table.name}“ (Blatt „${table.worksheet.name}“, ${table.range})`,
    `The table "${table.name}" (sheet "${table.worksheet.name}", ${table.range})`,
  );
  if (!table.headerRow) {
    throw new InputError(
      'no-header',
      t(
        `${where.de} hat keine Kopfzeile. Bitte in Excel die Kopfzeile einschalten.`,
        `${where.en} has no header row. Please switch the header row on in Excel.`,
      ),
    );
  }
  const area = { ...range, bottom: table.totalsRow ? range.bottom - 1 : range.bottom };
  return grid(table.worksheet, table.name, area, date1904, where);
}

function grid(
  worksheet: ExcelJS.Worksheet,
  table: string | undefined,
  area: Area,
  date1904: boolean,
  where: { de: string; en: string },
): RawGrid {
  rejectMergedHeader(worksheet, area);
  const values: RawValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row = worksheet.findRow(r + 1);
    const rowValues: RawValue[] = [];
    const rowFormats: string[] = [];
    for (let c = area.left; c <= area.right; c++) {
      const cell = row?.findCell(c + 1);
      rowValues.push(cell ? cellRawValue(cell, date1904) : null);
      rowFormats.push(cell?.numFmt || 'General');
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  if (values.slice(1).every((row) => row.every((v) => v === null))) throw emptyInput(where);
  return {
    sheet: worksheet.name,
    ...(table === undefined ? {} : { table }),
    origin: { row: area.top, col: area.left },
    values,
    numberFormats,
  };
}

function emptyInput(where: { de: string; en: string }): InputError {
  return new InputError(
    'empty',
    t(
      `${where.de} enthält nur die Kopfzeile und keine Datenzeilen. Bitte die Werte der Kommunen eintragen.`,
      `${where.en} holds only the header row and no data rows. Please enter the municipalities' values.`,
    ),
  );
}

/** Merged cells in the header row make column names ambiguous (ExcelJS repeats the first one); refuse them. */
function rejectMergedHeader(worksheet: ExcelJS.Worksheet, area: Area): void {
  const headerRow = area.top + 1;
  const merged = mergedRanges(worksheet).find(
    (m) => m.top <= headerRow && m.bottom >= headerRow && m.left <= area.right + 1 && m.right >= area.left + 1,
  );
  if (!merged) return;
  const range = `${a1(merged.top - 1, merged.left - 1)}:${a1(merged.bottom - 1, merged.right - 1)}`;
  throw new InputError(
    'merged-header',
    t(
      `Die Kopfzeile auf Blatt „${worksheet.name}“ enthält verbundene Zellen (${range}). Bitte die Verbindung aufheben, sodass jede Spalte eine eigene Überschrift hat.`,
      `The header row on sheet "${worksheet.name}" contains merged cells (${range}). Please unmerge them so that every column has its own header.`,
    ),
  );
}

function findTable(workbook: ExcelJS.Workbook, name: string): WorkbookTable {
  const tables = workbookTables(workbook);
  // Excel compares table names regardless of case.
  const table = tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (table) return table;
  const sheets = workbook.worksheets.map((ws) => `„${ws.name}“`).join(', ');
  const list = tables.map((x) => `„${x.name}“ (Blatt „${x.worksheet.name}“)`).join(', ');
  const listEn = tables.map((x) => `"${x.name}" (sheet "${x.worksheet.name}")`).join(', ');
  throw new InputError(
    'missing-table',
    tables.length > 0
      ? t(
          `Die Tabelle „${name}“ wurde nicht gefunden. Vorhandene Tabellen: ${list}.`,
          `The table "${name}" was not found. Tables in the workbook: ${listEn}.`,
        )
      : t(
          `Die Tabelle „${name}“ wurde nicht gefunden; die Mappe enthält keine Excel-Tabellen. Blätter: ${sheets}.`,
          `The table "${name}" was not found; the workbook contains no Excel tables. Sheets: ${sheets.replace(/[„“]/g, '"')}.`,
        ),
  );
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const sheet = sheets.find((ws) => ws.name === name) ?? sheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  if (sheet) return sheet;
  const list = sheets.map((ws) => `„${ws.name}“`).join(', ');
  throw new InputError(
    'missing-sheet',
    t(
      `Das Blatt „${name}“ wurde nicht gefunden. Vorhandene Blätter: ${list}.`,
      `The sheet "${name}" was not found. Sheets in the workbook: ${list.replace(/[„“]/g, '"')}.`,
    ),
  );
}

/** The smallest block holding every cell with a value (Excel's used range, values only); null for a blank sheet. */
function usedArea(worksheet: ExcelJS.Worksheet, date1904: boolean): Area | null {
  let area: Area | null = null;
  worksheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cellRawValue(cell, date1904) === null) return;
      if (!area) area = { top: r - 1, left: c - 1, bottom: r - 1, right: c - 1 };
      else {
        area.top = Math.min(area.top, r - 1);
        area.bottom = Math.max(area.bottom, r - 1);
        area.left = Math.min(area.left, c - 1);
        area.right = Math.max(area.right, c - 1);
      }
    }),
  );
  return area;
}

/** "A1:Z7" (or a single cell) as a zero-based area. */
function parseRange(ref: string): Area {
  const [from, to] = ref.split(':');
  const start = parseA1(from!);
  const end = parseA1(to ?? from!);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
