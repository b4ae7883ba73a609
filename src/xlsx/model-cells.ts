import type { SheetModel } from '../core/model/sheet';

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
