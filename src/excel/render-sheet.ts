import { a1, areaA1 } from '../core/address';
import { Block, Cell, CellStyle, SheetModel } from '../core/model/sheet';
import { cellLookup } from '../core/sheets/cell-lookup';
import { qualified } from './address';
import { STYLE_LOOK } from './cell-style';
import { PayloadBudget, payloadBytes } from './payload';

/** Points per character of column width (Calibri 11: about 7 px per character at 96 dpi). */
const POINTS_PER_CHAR = 5.6;

// String forms of Office's enums: the same values, and no Excel global needed outside Office (tests, preview).
const CHART_TYPE = { radar: 'Radar', radarMarkers: 'RadarMarkers', radarFilled: 'RadarFilled' } as const;

/** Text cells get the text format "@" before their value, so "=…", "+…", "-…" or "@…" from the workbook stay text. */
export function cellFormat(cell: Cell): string {
  if (typeof cell.v === 'string') return '@';
  return cell.fmt ?? 'General';
}

export function cellValue(cell: Cell): string | number | boolean {
  return cell.v ?? '';
}

/** Rows of a block that fit into one request together. */
function* rowChunks(block: Block, maxBytes: number): Generator<{ from: number; to: number; bytes: number }> {
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < block.cells.length; r++) {
    const row = block.cells[r]!;
    // Rows travel inside one values and one numberFormat array: their JSON, not an operation each.
    const rowBytes = JSON.stringify(row.map(cellValue)).length + JSON.stringify(row.map(cellFormat)).length + 2;
    if (r > from && bytes + rowBytes > maxBytes) {
      yield { from, to: r, bytes: bytes + 400 };
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (from < block.cells.length) yield { from, to: block.cells.length, bytes: bytes + 400 };
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const look = STYLE_LOOK[style];
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.size) range.format.font.size = look.size;
  if (look.color) range.format.font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
  if (look.bottomBorder) {
    const border = range.format.borders.getItem('EdgeBottom');
    border.style = 'Continuous';
    border.color = '#808080';
  }
}

/** Runs of equally styled cells in a row, so a styled header is one operation, not one per cell. */
function styleRuns(row: readonly Cell[]): Array<{ start: number; length: number; style: CellStyle }> {
  const runs: Array<{ start: number; length: number; style: CellStyle }> = [];
  row.forEach((cell, i) => {
    const last = runs[runs.length - 1];
    if (!cell.style) return;
    if (last && last.style === cell.style && last.start + last.length === i) last.length++;
    else runs.push({ start: i, length: 1, style: cell.style });
  });
  return runs;
}

export interface RenderContext {
  context: Excel.RequestContext;
  budget: PayloadBudget;
  supports: (version: string) => boolean;
  /** Name the table gets now; it is renamed to the model's name when the sheet is swapped in. */
  tableName: (finalName: string) => string;
}

/** Queues everything a sheet model describes into an (empty) worksheet; syncs only through the budget. */
export async function renderSheet(ws: Excel.Worksheet, model: SheetModel, rc: RenderContext): Promise<void> {
  const { budget, supports } = rc;
  for (const block of model.blocks) {
    const width = block.cells.reduce((w, r) => Math.max(w, r.length), 0);
    if (width === 0) continue;
    for (const chunk of rowChunks(block, budget.capacity)) {
      const rows = block.cells.slice(chunk.from, chunk.to).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { v: null }));
      await budget.reserve(chunk.bytes);
      const range = ws.getRangeByIndexes(block.row + chunk.from, block.col, rows.length, width);
      range.numberFormat = rows.map((r) => r.map(cellFormat));
      range.values = rows.map((r) => r.map(cellValue));
    }
    for (let r = 0; r < block.cells.length; r++) {
      const row = block.cells[r]!;
      for (const run of styleRuns(row)) {
        await budget.reserve(400);
        applyStyle(ws.getRangeByIndexes(block.row + r, block.col + run.start, 1, run.length), run.style);
      }
      for (let c = 0; c < row.length; c++) {
        const cell = row[c]!;
        // A range proxy is an operation of its own: create one only for cells that need it.
        if (cell.link) {
          await budget.reserve(400);
          ws.getRangeByIndexes(block.row + r, block.col + c, 1, 1).hyperlink = {
            documentReference: qualified(cell.link.sheet, cell.link.cell),
          };
        }
        if (cell.note && supports('1.18')) {
          await budget.reserve(payloadBytes(cell.note));
          rc.context.workbook.notes.add(ws.getRangeByIndexes(block.row + r, block.col + c, 1, 1), cell.note);
        }
      }
    }
  }
  model.columnWidths?.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = Math.round(w * POINTS_PER_CHAR);
  });
  if (model.table) {
    const t = ws.tables.add(
      ws.getRangeByIndexes(model.table.area.row, model.table.area.col, model.table.area.rows, model.table.area.cols),
      true,
    );
    t.name = rc.tableName(model.table.name);
    t.style = model.table.style;
    t.showFilterButton = true;
  }
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.cols > 0)) {
    if (model.freeze.cols === 0) ws.freezePanes.freezeRows(model.freeze.rows);
    else if (model.freeze.rows === 0) ws.freezePanes.freezeColumns(model.freeze.cols);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, model.freeze.rows, model.freeze.cols));
  }
  for (const cf of model.conditionalFormats) {
    await budget.reserve(600);
    const range = ws.getRange(areaA1(cf.area));
    if (cf.type === 'textEquals') {
      const f = range.conditionalFormats.add('CellValue');
      f.cellValue.format.fill.color = cf.fill;
      f.cellValue.format.font.color = cf.font;
      f.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    } else {
      const f = range.conditionalFormats.add('ColorScale');
      f.colorScale.criteria = {
        minimum: { formula: String(cf.min.value), type: 'Number', color: cf.min.color },
        midpoint: { formula: String(cf.mid.value), type: 'Number', color: cf.mid.color },
        maximum: { formula: String(cf.max.value), type: 'Number', color: cf.max.color },
      };
    }
  }
  if (supports('1.8')) {
    for (const v of model.validations) {
      await budget.reserve(payloadBytes(v.values) + 400);
      const range = ws.getRange(areaA1(v.area));
      range.dataValidation.rule = { list: { inCellDropDown: true, source: v.values.join(',') } };
      if (v.prompt)
        range.dataValidation.prompt = { showPrompt: true, title: v.prompt.slice(0, 32), message: v.values.join(' · ').slice(0, 255) };
    }
  }
  const cells = cellLookup(model);
  for (const spec of model.charts) {
    await budget.reserve(1500);
    const first = spec.series[0]!;
    const chart = ws.charts.add(CHART_TYPE[spec.type], ws.getRange(areaA1(first.values)), 'Columns');
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.legend.visible = spec.legend !== 'none';
    if (spec.legend !== 'none') chart.legend.position = spec.legend === 'bottom' ? 'Bottom' : 'Right';
    chart.axes.valueAxis.minimum = spec.axis.min;
    chart.axes.valueAxis.maximum = spec.axis.max;
    chart.axes.valueAxis.majorUnit = spec.axis.majorUnit;
    spec.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add();
      series.setValues(ws.getRange(areaA1(s.values)));
      series.setXAxisValues(ws.getRange(areaA1(s.categories)));
      series.name = String(cells(s.nameCell.row, s.nameCell.col)?.v ?? '');
    });
    const a = spec.anchor;
    chart.setPosition(a1(a.row, a.col), a1(a.row + a.rows - 1, a.col + a.cols - 1));
  }
  if (model.page && supports('1.9')) {
    ws.pageLayout.orientation = model.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    if (model.page.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (model.page.repeatRows) ws.pageLayout.setPrintTitleRows(`$${model.page.repeatRows.from + 1}:$${model.page.repeatRows.to + 1}`);
  }
}

/** The bounding box of the non-empty values a model writes, as getUsedRange(true) reports it. */
export function usedAddress(model: SheetModel): string | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const b of model.blocks) {
    b.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.v === null || cell.v === '') return;
        top = Math.min(top, b.row + r);
        bottom = Math.max(bottom, b.row + r);
        left = Math.min(left, b.col + c);
        right = Math.max(right, b.col + c);
      }),
    );
  }
  return bottom < 0 ? null : areaA1({ row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
}
