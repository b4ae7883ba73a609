import { Lang, t } from '../core/model/text';
import { sheetName, TABLE_NAME } from '../core/sheets/names';
import { buildVorlage } from '../core/sheets/vorlage';
import { newYearRows } from '../core/table/new-year';
import { AppError, officeFailure } from './app-error';
import { ExcelHost } from './host';
import { PayloadBudget } from './payload';
import { DEFAULT_TABLE, inputBlocks, loadBlocks, toGrid } from './read-input';
import { cellFormat, renderSheet } from './render-sheet';
import { uniqueSheetName } from './sheet-names';

/** "Vorlage anlegen" / "Beispieldaten laden": a new Indikatoren sheet with the input table, optionally filled with the sample. */
export async function createTemplate(host: ExcelHost, options: { lang: Lang; sample: boolean }): Promise<{ sheet: string }> {
  try {
    return await host.run(async (context) => {
      const existingTable = context.workbook.tables.getItemOrNullObject(TABLE_NAME.indikatoren);
      existingTable.load('name');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      if (!existingTable.isNullObject) {
        throw new AppError(
          t(
            `Die Tabelle „${TABLE_NAME.indikatoren}“ gibt es in dieser Mappe schon. Sie bleibt unverändert; bitte dort weiterarbeiten${options.sample ? ' oder die Beispieldaten in einer neuen Mappe laden' : ''}.`,
            `The table "${TABLE_NAME.indikatoren}" already exists in this workbook. It is left unchanged; please continue there${options.sample ? ' or load the sample into a new workbook' : ''}.`,
          ),
        );
      }
      const model = buildVorlage(options);
      const name = uniqueSheetName(
        sheetName('indikatoren', options.lang),
        sheets.items.map((s) => s.name),
      );
      const ws = sheets.add(name);
      const budget = new PayloadBudget(context);
      await renderSheet(ws, { ...model, name }, { context, budget, supports: host.supports, tableName: (n) => n });
      ws.activate();
      await budget.flush();
      await context.sync();
      return { sheet: name };
    });
  } catch (error) {
    throw officeFailure(t('Die Vorlage konnte nicht angelegt werden.', 'The template could not be created.'), error);
  }
}

/**
 * "Neues Jahr anlegen": appends, for every Kommune, a copy of its latest row with Jahr + 1 to the table.
 * Text cells get the text format before their value, so copied names can never turn into formulas.
 */
export async function addNewYear(host: ExcelHost, tableName = DEFAULT_TABLE): Promise<{ added: number }> {
  try {
    return await host.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(tableName);
      table.load('name');
      const range = table.getRange();
      range.load(['address', 'rowCount', 'columnCount']);
      table.worksheet.load('name');
      await context.sync();
      if (table.isNullObject) {
        throw new AppError(t(`Die Tabelle „${tableName}“ wurde nicht gefunden.`, `The table "${tableName}" was not found.`));
      }
      const blocks = inputBlocks(range, range.rowCount, range.columnCount);
      await loadBlocks(context, blocks);
      const grid = toGrid(table.worksheet.name, table.name, range.address, blocks);
      const rows = newYearRows(grid);
      if (rows.length === 0) return { added: 0 };
      const formats = grid.numberFormats ?? [];
      table.rows.add(
        undefined,
        rows.map((r) => r.values.map(() => '')),
      );
      const target = range.getCell(range.rowCount, 0).getResizedRange(rows.length - 1, range.columnCount - 1);
      target.numberFormat = rows.map((r) =>
        r.values.map((v, c) => cellFormat({ v: v ?? null, fmt: formats[r.sourceIndex]?.[c] || 'General' })),
      );
      target.values = rows.map((r) => r.values.map((v) => v ?? ''));
      await context.sync();
      return { added: rows.length };
    });
  } catch (error) {
    throw officeFailure(t('Das neue Jahr konnte nicht angelegt werden.', 'The new year could not be added.'), error);
  }
}

/** Selects a cell the Prüfbericht names, so the user lands on the value to fix. */
export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
