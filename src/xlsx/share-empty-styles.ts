import type ExcelJS from 'exceljs';

/** The one style object every unstyled input cell points to once shareEmptyStyles has run. */
const EMPTY_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * Lets every cell without a style share one empty style object. ExcelJS gives each unstyled cell it
 * reads a fresh `{}`, and on saving looks every style object up in a WeakMap: millions of distinct
 * keys make saving a 110,000-row input take three times as long and a gigabyte more memory (measured:
 * 66 s → 22 s, 4.0 → 3.0 GB). Call it right before saving and restyle no input cell afterwards: the
 * shared object is frozen, and ExcelJS's style setters (sloppy mode) would silently do nothing.
 */
export function shareEmptyStyles(worksheets: readonly ExcelJS.Worksheet[]): number {
  let shared = 0;
  for (const worksheet of worksheets) {
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.style !== EMPTY_STYLE && Object.keys(cell.style).length === 0) {
          cell.style = EMPTY_STYLE;
          shared++;
        }
      }),
    );
  }
  return shared;
}
