import { CATALOGUE } from '../catalogue';
import { RawGrid, RawValue } from '../model/grid';
import { Lang } from '../model/text';
import { SAMPLE_ROWS } from './beispieldaten';

export const SAMPLE_SHEET = 'Indikatoren';

/**
 * The sample in the wide layout users keep in Excel: a header row of labels, one row per Kommune and
 * Jahr, one column per indicator of the catalogue. `belege` holds the evidence per cell (same shape, null where none).
 */
export function sampleGrid(lang: Lang = 'de'): RawGrid & { belege: Array<Array<string | null>> } {
  const header: RawValue[] = CATALOGUE.map((i) => i.label[lang]);
  const rows: RawValue[][] = [];
  const belege: Array<Array<string | null>> = [CATALOGUE.map(() => null)];
  for (const s of SAMPLE_ROWS) {
    rows.push(CATALOGUE.map((i) => (i.id === 'kommune' ? s.kommune : i.id === 'jahr' ? s.jahr : (s.values[i.id]?.value ?? null))));
    belege.push(CATALOGUE.map((i) => s.values[i.id]?.beleg ?? null));
  }
  return { sheet: SAMPLE_SHEET, table: 'Indikatoren', origin: { row: 0, col: 0 }, values: [header, ...rows], belege };
}
