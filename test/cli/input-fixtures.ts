import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { CATALOGUE } from '../../src/core/catalogue';
import type { RawValue } from '../../src/core/model/grid';
import { sampleGrid } from '../../src/core/sample/sample-grid';
import { buildVorlage } from '../../src/core/sheets/vorlage';
import { writeWorkbook } from '../../src/xlsx/write-workbook';

/** Input workbooks for the command-line tests, written with ExcelJS or the product's own template writer. */

/** The template with the sample, exactly as `template --sample` writes it. */
export async function sampleTemplateBytes(): Promise<Uint8Array> {
  return writeWorkbook([buildVorlage({ lang: 'de', sample: true })]);
}

export async function save(workbook: ExcelJS.Workbook, path: string): Promise<string> {
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** The sample's header and rows (German labels), as plain values. */
export function sampleRows(): { header: string[]; rows: RawValue[][] } {
  const [header, ...rows] = sampleGrid().values;
  return { header: header!.map(String), rows };
}

/** A workbook with the sample as an Excel table (default name Indikatoren) on a sheet, written with ExcelJS. */
export function sampleTableWorkbook(options: { sheet?: string; table?: string; rows?: RawValue[][] } = {}): ExcelJS.Workbook {
  const { header, rows } = sampleRows();
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(options.sheet ?? 'Daten');
  ws.addTable({
    name: options.table ?? 'Indikatoren',
    ref: 'A1',
    headerRow: true,
    columns: header.map((name) => ({ name })),
    rows: (options.rows ?? rows).map((r) => r.map((v) => v ?? '')),
  });
  return workbook;
}

/** Zero-based column of an indicator in the sample layout. */
export function columnOf(id: string): number {
  const col = CATALOGUE.findIndex((i) => i.id === id);
  if (col < 0) throw new Error(`no indicator ${id}`);
  return col;
}
