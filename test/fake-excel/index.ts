/**
 * Public entry of the fake Excel host. Runtime code here uses no Node modules (no fs, no Buffer),
 * so the same files can be bundled by webpack for the browser preview.
 */
export { FakeExcelHost } from './host';
export type { FakeExcelHostOptions, RunFunction } from './host';
export { SheetView } from './host-views';
export type { CellSnapshot } from './host-views';
export { FakeOfficeError, isFakeOfficeError } from './errors';
export type { FakeErrorCode, FakeErrorInit } from './errors';
export type { FailureOptions, FakeStats, SyncStat } from './sync-engine';
export type { WorkbookSnapshot } from './snapshot';
export type { CellScalar, FormulaEvaluator } from './model/cell-input';
export { formulaOf } from './model/cell-input';
