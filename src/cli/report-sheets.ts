import type ExcelJS from 'exceljs';
import type { SheetModel } from '../core/model/sheet';
import { CliError, EXIT } from './exit-codes';
import { t } from '../core/model/text';
import { workbookTables } from '../xlsx/workbook-tables';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Which input sheets the report sheets will replace (writeWorkbook replaces sheets of the same name,
 * as Excel compares names: regardless of case). Replacing an older report is what a rerun should do;
 * replacing the sheet the data comes from, or a clash of table names (Excel needs them unique in a
 * workbook), is refused with exit code 3.
 */
export function replacedSheets(workbook: ExcelJS.Workbook, models: readonly SheetModel[], inputSheet: string): string[] {
  const replaced = workbook.worksheets.filter((ws) => models.some((m) => same(m.name, ws.name))).map((ws) => ws.name);
  const clash = replaced.find((name) => same(name, inputSheet));
  if (clash) {
    throw new CliError(
      EXIT.input,
      t(
        `Das Eingabeblatt „${clash}“ heißt wie ein Berichtsblatt und würde ersetzt. Bitte das Blatt in der Eingabe umbenennen.`,
        `The input sheet "${clash}" has the name of a report sheet and would be replaced. Please rename the sheet in the input.`,
      ),
    );
  }
  const kept = workbookTables(workbook).filter((table) => !replaced.some((name) => same(name, table.worksheet.name)));
  for (const model of models) {
    const table = model.table && kept.find((k) => same(k.name, model.table!.name));
    if (table) {
      throw new CliError(
        EXIT.input,
        t(
          `Die Eingabe enthält schon eine Tabelle „${table.name}“ (Blatt „${table.worksheet.name}“); der Bericht braucht diesen Namen für das Blatt „${model.name}“. Bitte die Tabelle in der Eingabe umbenennen.`,
          `The input already contains a table "${table.name}" (sheet "${table.worksheet.name}"); the report needs that name for the sheet "${model.name}". Please rename the table in the input.`,
        ),
      );
    }
  }
  return replaced;
}
