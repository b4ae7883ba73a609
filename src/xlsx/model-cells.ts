import type { Cell, SheetModel } from '../core/model/sheet';

/** Looks up the model cell at a zero-based row and column; later blocks win where blocks overlap. */
export type CellLookup = (row: number, col: number) => Cell | undefined;

/**
 * Reads the blocks directly, the last block first; no index is built (a sheet has a few dozen blocks at
 * most, while indexing the 1.76 million cells of a large Typologie sheet took seconds and much memory).
 */
export function cellLookup(model: SheetModel): CellLookup {
  const blocks = [...model.blocks].reverse();
  return (row, col) => {
    for (const block of blocks) {
      const cell = block.cells[row - block.row]?.[col - block.col];
      if (cell !== undefined) return cell;
    }
    return undefined;
  };
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
