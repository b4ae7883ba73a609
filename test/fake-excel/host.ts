/**
 * FakeExcelHost: the test's handle on the fake. `host.run` is what the add-in receives in place of
 * Excel.run (proxy rules enforced); everything else builds or inspects the workbook directly.
 */
import { officeError } from './errors';
import { SheetView, annotationSnapshot, chartSnapshot, conditionalFormatSnapshot, tableSnapshot, validationSnapshot } from './host-views';
import { parseAddress } from './model/a1';
import { FormulaEvaluator, NOT_EVALUATED, interpretInput } from './model/cell-input';
import { cellInputs, forEachCell } from './model/range-data';
import { rect } from './model/rect';
import type { SheetModel } from './model/sheet';
import { afterCellsWritten, createTable, renameTable } from './model/table';
import { WorkbookModel } from './model/workbook';
import { FakeRequestContext } from './proxy/context';
import { CORE, asReal } from './proxy/typing';
import { WorkbookSnapshot, workbookSnapshot } from './snapshot';
import { FIVE_MB, FailureOptions, FakeStats, SyncEngine } from './sync-engine';

export interface FakeExcelHostOptions {
  /** Sheets of the new workbook; default ["Sheet1"], like a new Excel workbook. */
  sheets?: string[];
  /** Request payload limit per sync in bytes (default 5 MB, Excel on the web). */
  payloadLimitBytes?: number;
  /** Response payload limit per sync in bytes (default 5 MB). */
  responseLimitBytes?: number;
  /** Computes formula results; by default formulas are not evaluated and show "#NAME?". */
  evaluateFormula?: FormulaEvaluator;
}

/** The shape of Excel.run that the add-in's code receives. */
export type RunFunction = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class FakeExcelHost {
  /** The in-memory workbook; exposed for unusual assertions, prefer the helpers below. */
  readonly model: WorkbookModel;
  private readonly engine: SyncEngine;

  constructor(options: FakeExcelHostOptions = {}) {
    this.model = new WorkbookModel(options.evaluateFormula ?? NOT_EVALUATED);
    this.engine = new SyncEngine({
      requestBytes: options.payloadLimitBytes ?? FIVE_MB,
      responseBytes: options.responseLimitBytes ?? FIVE_MB,
    });
    for (const name of options.sheets ?? ['Sheet1']) this.model.addSheet(name, 'FakeExcelHost');
  }

  /**
   * Excel.run: a fresh request context per batch; after the batch resolves, queued work is synced
   * once more (Office.js does the same); afterwards the context's objects are dead.
   */
  readonly run: RunFunction = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.engine.stats.runs += 1;
    const context = new FakeRequestContext(this.model, this.engine);
    try {
      const result = await batch(asReal(context));
      await context.sync();
      return result;
    } finally {
      context[CORE].closed = true;
    }
  };

  get stats(): FakeStats {
    return this.engine.stats;
  }
  resetStats(): void {
    this.engine.resetStats();
  }

  get payloadLimitBytes(): number {
    return this.engine.limits.requestBytes;
  }
  set payloadLimitBytes(bytes: number) {
    this.engine.limits.requestBytes = bytes;
  }
  get responseLimitBytes(): number {
    return this.engine.limits.responseBytes;
  }
  set responseLimitBytes(bytes: number) {
    this.engine.limits.responseBytes = bytes;
  }

  /** The n-th request from now on counts as in `stats.perSync[].index` (1-based, only non-empty syncs). */
  failOnSync(n: number, options?: FailureOptions): void {
    this.engine.failOnSync(n, options);
  }
  /** Fails when an operation of this kind (e.g. "ChartCollection.add", "Range.values") is applied. */
  failOnOperation(kind: string, options?: FailureOptions): void {
    this.engine.failOnOperation(kind, options);
  }
  clearFailures(): void {
    this.engine.clearFailures();
  }

  // ------------------------------------------------------------------------------ build directly

  addSheet(name: string, cells?: readonly (readonly unknown[])[]): SheetView {
    const sheet = this.model.addSheet(name, 'FakeExcelHost.addSheet');
    if (cells) this.setCells(name, 'A1', cells);
    return new SheetView(this.model, sheet);
  }

  /**
   * Writes a block starting at `topLeft`. Number formats go first, then values are parsed with
   * Excel's input rule (so "=…" becomes a formula unless the format is "@").
   */
  setCells(
    sheet: string,
    topLeft: string,
    values: readonly (readonly unknown[])[],
    numberFormats?: readonly (readonly (string | null)[])[],
  ): void {
    const model = this.sheetModel(sheet);
    const start = parseAddress(topLeft).rect;
    const area = rect(start.row, start.col, values.length, Math.max(0, ...values.map((r) => r.length)));
    if (numberFormats) {
      const formatAt = cellInputs(numberFormats, area, 'FakeExcelHost.setCells');
      forEachCell(area, (row, col) => {
        const format = formatAt(row, col);
        if (typeof format === 'string') model.patchStyle(rect(row, col), { numberFormat: format });
      });
    }
    forEachCell(area, (row, col) => {
      const input = values[row - area.row]?.[col - area.col];
      const content = interpretInput(input, model.styleAt(row, col).numberFormat, this.model.evaluate, 'FakeExcelHost.setCells');
      if (content) model.setContent(row, col, content);
    });
    afterCellsWritten(model, area);
  }

  addTable(sheet: string, address: string, name?: string, options: { hasHeaders?: boolean; style?: string } = {}) {
    const model = this.sheetModel(sheet);
    const table = createTable(this.model, model, parseAddress(address).rect, options.hasHeaders ?? true, 'FakeExcelHost.addTable');
    if (name !== undefined) renameTable(this.model, table, name, 'FakeExcelHost.addTable');
    if (options.style !== undefined) table.style = options.style;
    return tableSnapshot(table);
  }

  /** Makes a sheet active and selects a range on it (for getSelectedRange / getActiveWorksheet). */
  select(sheet: string, address = 'A1'): void {
    const model = this.sheetModel(sheet);
    this.model.activeSheet = model;
    this.model.selection = { sheet: model, rect: parseAddress(address).rect };
  }

  // ---------------------------------------------------------------------------- inspect directly

  sheet(name: string): SheetView {
    return new SheetView(this.model, this.sheetModel(name));
  }
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }
  activeSheetName(): string | null {
    return this.model.activeSheet?.name ?? null;
  }
  tables() {
    return this.model.allTables().map(tableSnapshot);
  }
  charts(sheet: string) {
    return this.sheetModel(sheet).charts.map(chartSnapshot);
  }
  conditionalFormats(sheet: string) {
    const model = this.sheetModel(sheet);
    return model.conditionalFormats.map((cf) => conditionalFormatSnapshot(model, cf));
  }
  dataValidations(sheet: string) {
    const model = this.sheetModel(sheet);
    return model.validations.map((v) => validationSnapshot(model, v));
  }
  settings(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(Object.fromEntries(this.model.settings))) as Record<string, unknown>;
  }
  customXmlParts(): { id: string; namespaceUri: string; xml: string }[] {
    return this.model.customXmlParts.filter((p) => !p.deleted).map((p) => ({ id: p.id, namespaceUri: p.namespaceUri, xml: p.xml }));
  }
  comments() {
    return this.model.annotations.filter((a) => a.kind === 'comment').map(annotationSnapshot);
  }
  notes() {
    return this.model.annotations.filter((a) => a.kind === 'note').map(annotationSnapshot);
  }
  names(): { name: string; formula: string; comment: string }[] {
    return this.model.names.filter((n) => !n.deleted).map((n) => ({ name: n.name, formula: n.formula, comment: n.comment }));
  }
  application(): { calculationMode: string; suspendedCalculation: number; suspendedScreenUpdating: number } {
    return {
      calculationMode: this.model.calculationMode,
      suspendedCalculation: this.model.suspensions.calculation,
      suspendedScreenUpdating: this.model.suspensions.screenUpdating,
    };
  }
  snapshot(): WorkbookSnapshot {
    return workbookSnapshot(this.model);
  }

  private sheetModel(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw officeError('ItemNotFound', 'FakeExcelHost', `The fake workbook has no sheet '${name}'.`);
    return sheet;
  }
}
