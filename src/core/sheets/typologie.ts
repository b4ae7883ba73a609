import { describeTrend, describeTypeFlags, TYPE_NAME, typeLabel } from '../describe';
import { CRITERIA, roman } from '../model/level';
import { Method } from '../model/method';
import { RowResult, RunResult } from '../model/result';
import { Cell, ConditionalFormat, SheetModel } from '../model/sheet';
import { Lang } from '../model/text';
import { itemsOf, weightOf } from '../score/criteria';
import { COLOURS, FMT, header, num, text } from './cells';
import { sheetName, TABLE_NAME } from './names';

/** Share of all item weight that is present in a row, across the three criteria. */
export function totalCoverage(row: RowResult, method: Method): number {
  let defined = 0;
  let present = 0;
  for (const c of CRITERIA) {
    const w = itemsOf(c).reduce((s, ind) => s + weightOf(ind, method), 0);
    defined += w;
    present += w * row.criteria[c].coverage;
  }
  return defined > 0 ? present / defined : 0;
}

const HEADERS = {
  de: [
    'Kommune',
    'Jahr',
    'Typ',
    'Typbezeichnung',
    'K1 Stufe',
    'K1 Wert',
    'K2 Stufe',
    'K2 Wert',
    'K3 Stufe',
    'K3 Wert',
    'Abdeckung',
    'Stabilität',
    'Hinweise',
    'Entwicklung',
    'Gesamtwert',
    'Rang im Jahr',
  ],
  en: [
    'Municipality',
    'Year',
    'Type',
    'Type name',
    'K1 level',
    'K1 score',
    'K2 level',
    'K2 score',
    'K3 level',
    'K3 score',
    'Coverage',
    'Stability',
    'Flags',
    'Trend',
    'Overall score',
    'Rank in year',
  ],
} as const;
export const TYPOLOGIE_TYPE_COLUMN = 2;

function rowCells(r: RowResult, method: Method, lang: Lang): Cell[] {
  const cells: Cell[] = [
    text(r.kommune),
    num(r.jahr, FMT.int),
    text(typeLabel(r.type, lang)),
    text(r.type === null ? '' : TYPE_NAME[r.type][lang]),
  ];
  for (const c of CRITERIA) {
    const k = r.criteria[c];
    const level = k.level === null ? '' : roman(k.level) + (k.estimated ? (lang === 'de' ? ' (geschätzt)' : ' (estimated)') : '');
    cells.push(text(level), num(k.score, FMT.score));
  }
  cells.push(
    num(totalCoverage(r, method), FMT.share),
    text(r.stability === null ? '' : `${r.stability}/3`),
    text(describeTypeFlags(r, lang).join('; ')),
    text(describeTrend(r, lang).join('; ')),
    num(r.overall, FMT.score),
    num(r.rank, FMT.int),
  );
  return cells;
}

/** Conditional formats that colour a type column by its value (I, II, III), so the colour follows edits. */
export function typeColourRules(area: { row: number; col: number; rows: number }): ConditionalFormat[] {
  return ([1, 2, 3] as const).map((level) => ({
    type: 'textEquals' as const,
    area: { row: area.row, col: area.col, rows: area.rows, cols: 1 },
    text: roman(level),
    fill: COLOURS.type[level].fill,
    font: COLOURS.type[level].font,
  }));
}

/** Typologie: one row per Kommune and Jahr, as an Excel table with filters and a frozen header. */
export function buildTypologie(result: RunResult, lang: Lang): SheetModel {
  const head = HEADERS[lang].map((h) => header(h));
  const body = result.rows.map((r) => rowCells(r, result.method, lang));
  const rows = Math.max(body.length, 1);
  const cells = body.length > 0 ? [head, ...body] : [head, head.map(() => text(''))];
  return {
    key: 'typologie',
    name: sheetName('typologie', lang),
    blocks: [{ row: 0, col: 0, cells }],
    columnWidths: [22, 7, 16, 26, 10, 9, 10, 9, 10, 9, 11, 10, 48, 48, 12, 12],
    table: { name: TABLE_NAME.typologie, area: { row: 0, col: 0, rows: rows + 1, cols: head.length }, style: 'TableStyleLight9' },
    freeze: { rows: 1, cols: 1 },
    conditionalFormats: typeColourRules({ row: 1, col: TYPOLOGIE_TYPE_COLUMN, rows }),
    validations: [],
    charts: [],
  };
}
