import type ExcelJS from 'exceljs';
import type { ConditionalFormat, SheetModel } from '../core/model/sheet';
import { lastUsedColumn } from './model-cells';
import { absoluteCell, areaA1 } from '../core/address';
import { areaCells } from './refs';
import { TEXT_FORMAT, toArgb } from './styles';

/** Excel's limit for an inline list ("a,b,c") of a list validation. */
export const INLINE_LIST_LIMIT = 255;

/** An Excel string literal: "Typ ""A""". */
const excelString = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * Conditional formats. textEquals is a "cell value equal to" rule with the formula `"Typ I"`, as the
 * Office.js renderer writes it (CellValue/EqualTo); equal, not "contains", so "Typ I" does not colour
 * "Typ II". colorScale is a 3-colour scale with numeric stops.
 */
export function addConditionalFormats(worksheet: ExcelJS.Worksheet, formats: ConditionalFormat[]): void {
  formats.forEach((format, index) => {
    worksheet.addConditionalFormatting({ ref: areaA1(format.area), rules: [rule(format, index + 1)] });
  });
}

function rule(format: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  if (format.type === 'textEquals') {
    const fill = { argb: toArgb(format.fill) };
    return {
      type: 'cellIs',
      operator: 'equal',
      priority,
      formulae: [excelString(format.text)],
      style: { fill: { type: 'pattern', pattern: 'solid', fgColor: fill, bgColor: fill }, font: { color: { argb: toArgb(format.font) } } },
    };
  }
  const stops = [format.min, format.mid, format.max];
  return {
    type: 'colorScale',
    priority,
    cfvo: stops.map((s) => ({ type: 'num', value: s.value })),
    color: stops.map((s) => ({ argb: toArgb(s.color) })),
  };
}

/**
 * List validations. A short list is written inline ("a,b,c"). A list whose joined text is longer than
 * 255 characters, or whose values hold a comma or a quote, is written into a hidden helper column on
 * the same sheet, one value per row from row 1, starting two columns right of everything the model
 * uses (cells, table, rules, charts), and the validation refers to it ($H$1:$H$40).
 */
export function addValidations(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  let helperCol = lastUsedColumn(model) + 2;
  for (const validation of model.validations) {
    const inline = validation.values.join(',');
    let formula = `"${inline}"`;
    if (inline.length > INLINE_LIST_LIMIT || validation.values.some((v) => v.includes(',') || v.includes('"'))) {
      const column = worksheet.getColumn(helperCol + 1);
      column.hidden = true;
      validation.values.forEach((value, i) => {
        const cell = worksheet.getCell(i + 1, helperCol + 1);
        cell.style = { numFmt: TEXT_FORMAT };
        cell.value = value;
      });
      formula = `${absoluteCell(0, helperCol)}:${absoluteCell(validation.values.length - 1, helperCol)}`;
      helperCol++;
    }
    const rule: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      // As the Office.js renderer: the prompt is the title, the values are the message (Excel's limits: 32 and 255).
      ...(validation.prompt !== undefined && {
        showInputMessage: true,
        promptTitle: validation.prompt.slice(0, 32),
        prompt: validation.values.join(' · ').slice(0, 255),
      }),
    };
    // Set per cell (the typed API); ExcelJS joins equal neighbours into one range when saving.
    for (const { row, col } of areaCells(validation.area)) worksheet.getCell(row + 1, col + 1).dataValidation = rule;
  }
}
