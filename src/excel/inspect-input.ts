import { Method } from '../core/model/method';
import { RunResult } from '../core/model/result';
import { t } from '../core/model/text';
import { computeRun } from '../core/run';
import { officeFailure } from './app-error';
import { ExcelHost } from './host';
import { methodFromSetting, METHOD_SETTING } from './method-store';
import { foundInput, inputBlocks, InputSource, loadBlocks, locateInput, toGrid } from './read-input';
import { loadSetting, settingValue } from './settings';

/** The tables and sheets a user can pick as input. */
export interface InputChoices {
  tables: string[];
  sheets: string[];
}

export async function listInputChoices(host: ExcelHost): Promise<InputChoices> {
  try {
    return await host.run(async (context) => {
      const tables = context.workbook.tables;
      const sheets = context.workbook.worksheets;
      tables.load('items/name');
      sheets.load('items/name');
      await context.sync();
      return { tables: tables.items.map((x) => x.name), sheets: sheets.items.map((x) => x.name) };
    });
  } catch (error) {
    throw officeFailure(t('Die Tabellen der Mappe konnten nicht gelesen werden.', 'The workbook’s tables could not be read.'), error);
  }
}

/**
 * Reads the input and computes without writing anything: for the Daten and Prüfen steps and the results
 * list in the pane. Uses the given method, else the one stored in the workbook.
 */
export async function inspectInput(host: ExcelHost, source: InputSource, method?: Method): Promise<RunResult> {
  try {
    return await host.run(async (context) => {
      const methodItem = loadSetting(context, METHOD_SETTING);
      const input = locateInput(context, source);
      await context.sync();
      const { used, sheet, table } = foundInput(input, source);
      const blocks = inputBlocks(used, used.rowCount, used.columnCount);
      await loadBlocks(context, blocks);
      const grid = toGrid(sheet.name, table?.name, used.address, blocks);
      return computeRun(grid, method ?? methodFromSetting(settingValue(methodItem)).method);
    });
  } catch (error) {
    throw officeFailure(t('Die Eingabetabelle konnte nicht gelesen werden.', 'The input table could not be read.'), error);
  }
}
