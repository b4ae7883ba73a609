/**
 * Plain-data views of the workbook for assertions. They read the model directly — no proxies, no
 * load/sync — and return fresh JSON-able objects, so tests can `toEqual` them.
 */
import { columnLetters, formatAddress, formatRect, parseAddress } from './model/a1';
import { valueTypeOf } from './model/cell-input';
import type { AxisModel, ChartModel, RangeRef } from './model/chart';
import { renderText } from './model/number-format';
import { readFormulas, readNumberFormats, readText, readValues } from './model/range-data';
import { ConditionalFormatModel, ValidationModel, ruleType } from './model/range-rules';
import { Rect, rect } from './model/rect';
import type { SheetModel } from './model/sheet';
import { CellStyle, DEFAULT_STYLE } from './model/style';
import { TableModel, bodyRect } from './model/table';
import type { AnnotationModel, WorkbookModel } from './model/workbook';

export interface CellSnapshot {
  address: string;
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  text: string;
  valueType: string;
  format: Omit<CellStyle, 'numberFormat'>;
  hyperlink?: Excel.RangeHyperlink;
  note?: string;
  comment?: string;
}

const addressOf = (ref: RangeRef | null): string | null => (ref ? formatAddress(ref.sheet.name, ref.rect) : null);

/** What a test can ask about one sheet. */
export class SheetView {
  constructor(
    private readonly wb: WorkbookModel,
    readonly model: SheetModel,
  ) {}

  get name(): string {
    return this.model.name;
  }
  get position(): number {
    return this.wb.sheets.indexOf(this.model);
  }
  get visibility(): string {
    return this.model.visibility;
  }
  get tabColor(): string {
    return this.model.tabColor;
  }
  get showGridlines(): boolean {
    return this.model.showGridlines;
  }
  get isProtected(): boolean {
    return this.model.isProtected;
  }
  get freeze(): { rows: number; cols: number } {
    return { ...this.model.freeze };
  }
  get pageLayout() {
    const p = this.model.pageLayout;
    return {
      orientation: p.orientation,
      zoom: { ...p.zoom },
      centerHorizontally: p.centerHorizontally,
      centerVertically: p.centerVertically,
      printGridlines: p.printGridlines,
      printTitleRows: p.printTitleRows ? formatRect(p.printTitleRows, true) : null,
      printTitleColumns: p.printTitleColumns ? formatRect(p.printTitleColumns, true) : null,
      printArea: p.printArea ? formatRect(p.printArea, true) : null,
    };
  }
  get merges(): string[] {
    return this.model.merges.map((m) => formatRect(m));
  }

  cell(address: string): CellSnapshot {
    const { row, col } = this.rect(address);
    const content = this.model.contentAt(row, col);
    const { numberFormat, ...format } = this.model.styleAt(row, col);
    const link = this.model.cell(row, col)?.hyperlink;
    const annotation = this.wb.annotationAt(this.model, row, col);
    return {
      address: formatAddress(this.model.name, rect(row, col)),
      value: content.value,
      formula: content.formula,
      numberFormat,
      text: renderText(content, numberFormat),
      valueType: valueTypeOf(content),
      format: { ...format, borders: { ...format.borders } },
      ...(link ? { hyperlink: { ...link } } : {}),
      ...(annotation?.kind === 'note' ? { note: annotation.content } : {}),
      ...(annotation?.kind === 'comment' ? { comment: annotation.content } : {}),
    };
  }

  values(address: string): (string | number | boolean)[][] {
    return readValues({ sheet: this.model, rect: this.rect(address) });
  }
  formulas(address: string): (string | number | boolean)[][] {
    return readFormulas({ sheet: this.model, rect: this.rect(address) });
  }
  text(address: string): string[][] {
    return readText({ sheet: this.model, rect: this.rect(address) });
  }
  numberFormats(address: string): string[][] {
    return readNumberFormats({ sheet: this.model, rect: this.rect(address) });
  }
  usedRange(valuesOnly = false): string | null {
    const used = this.model.usedRect(valuesOnly);
    return used ? formatRect(used) : null;
  }
  /** Width in points of a column given by letters ("C") or zero-based index. */
  columnWidth(column: string | number): number {
    const col = typeof column === 'number' ? column : parseAddress(`${column}1`).rect.col;
    return this.model.columnWidth(col);
  }
  /** Height in points of a row given by its 1-based number, as in the sheet's row header. */
  rowHeight(rowNumber: number): number {
    return this.model.rowHeight(rowNumber - 1);
  }
  autofittedColumns(): string[] {
    return [...this.model.autofitColumns].sort((a, b) => a - b).map(columnLetters);
  }

  private rect(address: string): Rect {
    return parseAddress(address).rect;
  }
}

export function tableSnapshot(t: TableModel) {
  const body = bodyRect(t);
  return {
    name: t.name,
    sheet: t.sheet.name,
    address: formatRect(t.rect),
    headers: t.columns.map((c) => c.name),
    rows: readValues({ sheet: t.sheet, rect: body }),
    style: t.style,
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
    showFilterButton: t.showFilterButton,
    showBandedRows: t.showBandedRows,
    showBandedColumns: t.showBandedColumns,
  };
}

const axisSnapshot = (a: AxisModel) => ({
  minimum: a.minimum,
  maximum: a.maximum,
  majorUnit: a.majorUnit,
  minorUnit: a.minorUnit,
  visible: a.visible,
  numberFormat: a.numberFormat,
  categoryNames: addressOf(a.categoryNames),
});

export function chartSnapshot(c: ChartModel) {
  return {
    name: c.name,
    type: c.chartType,
    source: addressOf(c.source),
    seriesBy: c.seriesBy,
    title: { text: c.title.text, visible: c.title.visible, overlay: c.title.overlay, font: { ...c.title.font } },
    legend: { position: c.legend.position, visible: c.legend.visible, overlay: c.legend.overlay, font: { ...c.legend.font } },
    axes: { value: axisSnapshot(c.axes.value), category: axisSnapshot(c.axes.category) },
    series: c.series.map((s) => ({
      name: s.name,
      chartType: s.chartType ?? c.chartType,
      values: addressOf(s.values),
      categories: addressOf(s.xValues),
      markerStyle: s.markerStyle,
      markerSize: s.markerSize,
    })),
    position: { ...c.position },
    anchor: { ...c.anchor },
    style: c.style,
  };
}

export function conditionalFormatSnapshot(sheet: SheetModel, cf: ConditionalFormatModel) {
  return {
    id: cf.id,
    type: cf.type,
    address: formatAddress(sheet.name, cf.rect),
    priority: cf.priority,
    stopIfTrue: cf.stopIfTrue,
    ...(cf.criteria ? { criteria: JSON.parse(JSON.stringify(cf.criteria)) as Excel.ConditionalColorScaleCriteria } : {}),
    ...(cf.rule ? { rule: { ...cf.rule } } : {}),
    ...(cf.type === 'ColorScale' ? {} : { format: onlySet(cf.style) }),
  };
}

function onlySet<T extends object>(style: T): Partial<T> {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== null)) as Partial<T>;
}

export function validationSnapshot(sheet: SheetModel, v: ValidationModel) {
  return {
    address: formatAddress(sheet.name, v.rect),
    type: ruleType(v.rule),
    rule: JSON.parse(JSON.stringify(v.rule)) as Record<string, unknown>,
    errorAlert: { ...v.errorAlert },
    prompt: { ...v.prompt },
    ignoreBlanks: v.ignoreBlanks,
  };
}

export function annotationSnapshot(a: AnnotationModel) {
  return {
    address: formatAddress(a.sheet.name, rect(a.row, a.col)),
    content: a.content,
    author: a.authorName,
    ...(a.kind === 'comment' ? { resolved: a.resolved } : { visible: a.visible }),
  };
}

/** Style fields that differ from Excel's Normal style (for compact snapshots). */
export function styleDiff(style: CellStyle): Partial<CellStyle> {
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(style)) {
    const normal = DEFAULT_STYLE[key as keyof CellStyle];
    if (JSON.stringify(value) !== JSON.stringify(normal)) diff[key] = value;
  }
  return diff as Partial<CellStyle>;
}
