import { CATALOGUE } from '../catalogue';
import { Indicator } from '../model/indicator';
import { Cell, ListValidation, SheetModel } from '../model/sheet';
import { Lang } from '../model/text';
import { SAMPLE_ROWS } from '../sample/beispieldaten';
import { FMT, header } from './cells';
import { sheetName, TABLE_NAME } from './names';

/** Rows the empty template offers for typing (the table grows when users add rows). */
export const TEMPLATE_EMPTY_ROWS = 1;

const YES_NO = { de: ['ja', 'nein'], en: ['yes', 'no'] } as const;

function formatOf(ind: Indicator): string | undefined {
  switch (ind.unit) {
    case 'count':
      return FMT.count;
    case 'eur':
      return FMT.euro;
    case 'percent':
      return FMT.percentNumber;
    case 'year':
      return FMT.int;
    default:
      return '@';
  }
}

/** The dropdown values of a rung or yes/no column, in the user's language. */
export function dropdownValues(ind: Indicator, lang: Lang): string[] | undefined {
  if (ind.scoring?.type === 'rungs') return ind.scoring.rungs.map((r) => r.label[lang]);
  if (ind.unit === 'yesno') return [...YES_NO[lang]];
  return undefined;
}

/** The note on a header: what the indicator means and which values it takes. */
export function headerNote(ind: Indicator, lang: Lang): string {
  const de = lang === 'de';
  const lines = [ind.description[lang], `ID: ${ind.id}`];
  if (ind.scoring?.type === 'rungs')
    lines.push((de ? 'Stufen: ' : 'Rungs: ') + ind.scoring.rungs.map((r, i) => `${i + 1} ${r.label[lang]}`).join(' · '));
  if (ind.unit === 'yesno') lines.push(de ? 'Werte: ja oder nein' : 'Values: yes or no');
  if (ind.unit === 'percent') lines.push(de ? 'Prozentwert 0–100, z. B. 18 oder 18 %' : 'Percentage 0–100, e.g. 18 or 18 %');
  return lines.join('\n');
}

function sampleCell(ind: Indicator, row: (typeof SAMPLE_ROWS)[number], lang: Lang, fmt: string | undefined): Cell {
  const base: Cell = { v: null, ...(fmt ? { fmt } : {}) };
  if (ind.id === 'kommune') return { ...base, v: row.kommune };
  if (ind.id === 'jahr') return { ...base, v: row.jahr };
  const sv = row.values[ind.id];
  if (!sv) return base;
  let v: string | number = sv.value;
  // Rung labels are stored in German; the English template shows the English label of the same rung.
  if (lang === 'en' && typeof v === 'string' && ind.scoring?.type === 'rungs') {
    const rung = ind.scoring.rungs.find((r) => r.label.de === v);
    if (rung) v = rung.label.en;
  }
  return { ...base, v, note: (lang === 'de' ? 'Beleg: ' : 'Evidence: ') + sv.beleg };
}

/** The Indikatoren sheet: the input table with German headers, dropdowns, formats, notes; optionally the sample. */
export function buildVorlage(options: { lang: Lang; sample: boolean }): SheetModel {
  const { lang } = options;
  const head = CATALOGUE.map((ind) => header(ind.label[lang], headerNote(ind, lang)));
  const formats = CATALOGUE.map(formatOf);
  const body: Cell[][] = options.sample
    ? SAMPLE_ROWS.map((row) => CATALOGUE.map((ind, c) => sampleCell(ind, row, lang, formats[c])))
    : Array.from({ length: TEMPLATE_EMPTY_ROWS }, () => formats.map((fmt) => ({ v: null, ...(fmt ? { fmt } : {}) })));
  const rows = body.length;
  const validations: ListValidation[] = [];
  CATALOGUE.forEach((ind, col) => {
    const values = dropdownValues(ind, lang);
    if (values) validations.push({ area: { row: 1, col, rows, cols: 1 }, values, prompt: ind.label[lang] });
  });
  return {
    key: 'indikatoren',
    name: sheetName('indikatoren', lang),
    blocks: [{ row: 0, col: 0, cells: [head, ...body] }],
    columnWidths: CATALOGUE.map((ind) =>
      ind.kind === 'key' ? (ind.id === 'kommune' ? 22 : 8) : Math.min(Math.max(ind.label[lang].length * 0.9, 12), 30),
    ),
    table: { name: TABLE_NAME.indikatoren, area: { row: 0, col: 0, rows: rows + 1, cols: head.length }, style: 'TableStyleMedium2' },
    freeze: { rows: 1, cols: 2 },
    conditionalFormats: [],
    validations,
    charts: [],
  };
}
