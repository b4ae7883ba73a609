import type { Cell, SheetModel } from '../model/sheet';

/** Looks up the model cell at a zero-based row and column; later blocks win where blocks overlap. */
export type CellLookup = (row: number, col: number) => Cell | undefined;

/**
 * Reads the blocks directly, the last block first, as both renderers write them in order; no index is
 * built (a sheet has a few dozen blocks at most, while indexing the 1.76 million cells of a large
 * Typologie sheet took seconds and much memory).
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
