import type { Cell, SheetModel } from '../core/model/sheet';

/** Looks up the model cell at a zero-based row and column; later blocks win where blocks overlap. */
export type CellLookup = (row: number, col: number) => Cell | undefined;

export function cellLookup(model: SheetModel): CellLookup {
  const cells = new Map<string, Cell>();
  for (const block of model.blocks) {
    block.cells.forEach((cols, r) => cols.forEach((cell, c) => cells.set(`${block.row + r}:${block.col + c}`, cell)));
  }
  return (row, col) => cells.get(`${row}:${col}`);
}

/** The right-most zero-based column the model uses (blocks, widths, table, rules, charts), -1 for an empty model. */
export function lastUsedColumn(model: SheetModel): number {
  const ends = [
    ...model.blocks.map((b) => b.col + Math.max(0, ...b.cells.map((r) => r.length)) - 1),
    ...model.validations.map((v) => v.area.col + v.area.cols - 1),
    ...model.conditionalFormats.map((f) => f.area.col + f.area.cols - 1),
    ...model.charts.map((c) => c.anchor.col + c.anchor.cols - 1),
    ...(model.table ? [model.table.area.col + model.table.area.cols - 1] : []),
    (model.columnWidths?.length ?? 0) - 1,
  ];
  return Math.max(-1, ...ends);
}
