import { CATALOGUE } from '../../src/core/catalogue';
import { RawGrid, RawValue } from '../../src/core/model/grid';

/** Small deterministic PRNG (mulberry32), so every benchmark run sees the same table. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A wide indicator table of `kommunen` × `years` rows with every indicator present, as raw cell values in the
 * forms users type: German number text, rung labels and numbers, ja/nein, percent cells as fractions.
 */
export function generateGrid(kommunen: number, years: number, seed = 42): RawGrid {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const header: RawValue[] = CATALOGUE.map((i) => i.label.de);
  const values: RawValue[][] = [header];
  const numberFormats: string[][] = [CATALOGUE.map(() => 'General')];
  for (let k = 0; k < kommunen; k++) {
    const einwohner = 5000 + Math.floor(rnd() * 600000);
    for (let y = 0; y < years; y++) {
      const share = Math.round(rnd() * 600) / 10;
      const foreign = 0.02 + rnd() * 0.2;
      const refugees = 0.005 + rnd() * 0.03;
      const row: RawValue[] = [];
      const fmts: string[] = [];
      for (const ind of CATALOGUE) {
        let v: RawValue;
        let f = 'General';
        switch (ind.id) {
          case 'kommune':
            v = `Kommune ${k + 1}`;
            break;
          case 'jahr':
            v = 2016 + y;
            break;
          case 'einwohner':
            v = rnd() < 0.5 ? einwohner : einwohner.toLocaleString('de-DE');
            break;
          case 'einwohner_migrationsgeschichte':
            v = Math.round((einwohner * share) / 100);
            break;
          case 'anteil_migrationsgeschichte':
            if (rnd() < 0.5) {
              v = share / 100;
              f = '0.0%';
            } else v = `${String(share).replace('.', ',')} %`;
            break;
          case 'auslaendische_bevoelkerung':
            v = Math.round(einwohner * foreign);
            break;
          case 'anteil_auslaendisch':
            v = Math.round(foreign * 1000) / 10;
            break;
          case 'schutzsuchende':
            v = Math.round(einwohner * refugees);
            break;
          case 'anteil_schutzsuchende':
            v = Math.round(refugees * 1000) / 10;
            break;
          case 'verbund':
            v = `Verbund ${k + 1} e.V.`;
            break;
          case 'gremium_sitze_gesamt':
            v = 30;
            break;
          case 'gremium_sitze_mo':
            v = Math.floor(rnd() * 12);
            break;
          case 'foerdervolumen_eur':
            v = `${Math.floor(rnd() * 900).toLocaleString('de-DE')}.000 €`;
            break;
          default:
            if (ind.unit === 'percent') v = 1 + Math.round(rnd() * 290) / 10;
            else if (ind.unit === 'count') v = Math.floor(rnd() * 80);
            else if (ind.unit === 'yesno') v = pick(['ja', 'nein', 'Ja', true, 0]);
            else if (ind.scoring?.type === 'rungs') {
              const rungs = ind.scoring.rungs;
              v = rnd() < 0.8 ? pick(rungs).label.de : 1 + Math.floor(rnd() * rungs.length);
            } else v = null;
        }
        row.push(v);
        fmts.push(f);
      }
      values.push(row);
      numberFormats.push(fmts);
    }
  }
  return { sheet: 'Indikatoren', table: 'Indikatoren', origin: { row: 0, col: 0 }, values, numberFormats };
}
