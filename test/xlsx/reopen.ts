import ExcelJS from 'exceljs';

/** Opens written .xlsx bytes with ExcelJS again. */
export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** ExcelJS reads conditional formats into the worksheet, but its typings lack the property. */
export function conditionalFormats(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}
