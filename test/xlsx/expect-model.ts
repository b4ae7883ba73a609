import type ExcelJS from 'exceljs';
import { a1 } from '../../src/core/address';
import type { Cell, SheetModel } from '../../src/core/model/sheet';
import { CELL_LOOKS } from '../../src/xlsx/styles';

/** The value a model cell must have after write and re-read with ExcelJS (internal links keep their text). */
export function expectedValue(cell: Cell): ExcelJS.CellValue {
  return cell.link ? String(cell.v) : cell.v;
}

/** Every model cell against the re-read worksheet: value, number format, font, fill, border, note. */
export function expectSheetMatchesModel(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  for (const block of model.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const address = a1(block.row + r, block.col + c);
        const actual = worksheet.getCell(address);
        const look = cell.style ? CELL_LOOKS[cell.style] : {};
        const got = {
          value: actual.value,
          numFmt: actual.numFmt,
          bold: actual.font?.bold,
          italic: actual.font?.italic,
          size: actual.font?.size ?? 11,
          color: actual.font?.color?.argb,
          fill: actual.fill?.type === 'pattern' && actual.fill.pattern === 'solid' ? actual.fill.fgColor?.argb : undefined,
          border: actual.border?.bottom?.style,
          note: actual.note,
        };
        const want = {
          value: expectedValue(cell),
          numFmt: typeof cell.v === 'string' || cell.link ? '@' : cell.fmt,
          bold: look.font?.bold,
          italic: look.font?.italic,
          size: look.font?.size ?? 11,
          color: look.font?.color?.argb ?? (cell.link ? 'FF0563C1' : undefined),
          fill: look.fill?.type === 'pattern' ? look.fill.fgColor?.argb : undefined,
          border: look.border?.bottom?.style,
          note: cell.note,
        };
        expect({ address, ...got }).toEqual({ address, ...want });
      }),
    );
  }
}

/** Addresses of the non-empty cells of a worksheet. */
export function filledCells(worksheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  worksheet.eachRow((row) => row.eachCell((cell) => void (cell.value !== null && found.push(cell.address))));
  return found;
}

/** Addresses of the non-empty model cells. */
export function modelCells(model: SheetModel): string[] {
  return model.blocks.flatMap((b) =>
    b.cells.flatMap((cells, r) => cells.flatMap((cell, c) => (cell.v === null ? [] : [a1(b.row + r, b.col + c)]))),
  );
}
