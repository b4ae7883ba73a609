import { indicator } from '../catalogue';
import { ValidationIssue } from '../model/issue';
import { t } from '../model/text';
import { cellIssue } from './issue';
import { ParsedRow, TableLayout } from './read-table';

/** Counts and the shares that belong to them (share = count / einwohner). */
const SHARE_OF: ReadonlyArray<readonly [count: string, share: string]> = [
  ['einwohner_migrationsgeschichte', 'anteil_migrationsgeschichte'],
  ['auslaendische_bevoelkerung', 'anteil_auslaendisch'],
  ['schutzsuchende', 'anteil_schutzsuchende'],
];
const SHARE_TOLERANCE_PP = 0.5;

const DE_NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const fmt = (n: number): string => DE_NUMBER.format(n);

/**
 * Checks across rows and cells. Returns the issues and the rows to score: duplicates of a
 * Kommune+Jahr are left out together (so the result does not depend on row order), values that
 * contradict einwohner are dropped from the computation.
 */
export function checkTable(rows: readonly ParsedRow[], layout: TableLayout): { rows: ParsedRow[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const { sheet, columnOf } = layout;
  const at = (id: string, row: number) => ({ row, col: columnOf[id] ?? 0 });

  const byKey = new Map<string, ParsedRow[]>();
  for (const r of rows) {
    const key = `${r.kommune.toLocaleLowerCase('de-DE')}\u0000${r.jahr}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const kept: ParsedRow[] = [];
  for (const list of byKey.values()) {
    if (list.length === 1) {
      kept.push(checkRow(list[0]!, sheet, at, issues));
      continue;
    }
    for (const r of list) {
      const others = list.filter((o) => o !== r);
      issues.push(
        cellIssue({
          severity: 'error',
          code: 'duplicate-row',
          sheet,
          ...at('kommune', r.row),
          indicator: 'kommune',
          raw: r.kommune,
          related: others.map((o) => at('kommune', o.row)),
          message: t(
            `${r.kommune} ${r.jahr} steht mehrfach in der Tabelle (Zeilen ${list.map((o) => o.row + 1).join(', ')}). Keine dieser Zeilen wird berechnet, bis nur eine übrig ist.`,
            `${r.kommune} ${r.jahr} appears more than once (rows ${list.map((o) => o.row + 1).join(', ')}). None of these rows is computed until only one is left.`,
          ),
        }),
      );
    }
  }
  return { rows: kept, issues };
}

type At = (id: string, row: number) => { row: number; col: number };

function checkRow(input: ParsedRow, sheet: string, at: At, issues: ValidationIssue[]): ParsedRow {
  let values = input.values;
  // Copy only when a value has to be dropped: most rows pass unchanged.
  const drop = (id: string) => {
    if (values === input.values) values = { ...input.values };
    delete values[id];
  };
  const row = input.row;
  const num = (id: string): number | undefined => (typeof values[id] === 'number' ? (values[id] as number) : undefined);
  const einwohner = num('einwohner');

  if (einwohner !== undefined && einwohner <= 0) {
    issues.push(
      cellIssue({
        severity: 'error',
        code: 'einwohner-zero',
        sheet,
        ...at('einwohner', row),
        indicator: 'einwohner',
        raw: einwohner,
        message: t('Die Einwohnerzahl muss größer als 0 sein.', 'The population must be above 0.'),
      }),
    );
    drop('einwohner');
  }

  const ew = num('einwohner');
  for (const [countId, shareId] of SHARE_OF) {
    const count = num(countId);
    if (count !== undefined && ew !== undefined && count > ew) {
      const label = indicator(countId).label;
      issues.push(
        cellIssue({
          severity: 'error',
          code: 'count-above-einwohner',
          sheet,
          ...at(countId, row),
          indicator: countId,
          raw: count,
          related: [at('einwohner', row)],
          message: t(
            `${label.de} (${fmt(count)}) ist größer als die Einwohnerzahl (${fmt(ew)}). Der Wert wird nicht verwendet.`,
            `${label.en} (${fmt(count)}) is larger than the population (${fmt(ew)}). The value is not used.`,
          ),
        }),
      );
      drop(countId);
      continue;
    }
    const share = num(shareId);
    if (count !== undefined && share !== undefined && ew !== undefined) {
      const computed = (count / ew) * 100;
      if (Math.abs(computed - share) > SHARE_TOLERANCE_PP) {
        issues.push(
          cellIssue({
            severity: 'warning',
            code: 'share-mismatch',
            sheet,
            ...at(shareId, row),
            indicator: shareId,
            raw: share,
            related: [at(countId, row), at('einwohner', row)],
            message: t(
              `Der Anteil ${fmt(share)} % passt nicht zur Anzahl: ${fmt(count)} von ${fmt(ew)} sind ${fmt(computed)} %. Bitte beide Zellen prüfen; die Werte bleiben unverändert.`,
              `The share ${fmt(share)} % does not match the count: ${fmt(count)} of ${fmt(ew)} is ${fmt(computed)} %. Please check both cells; the values are kept.`,
            ),
          }),
        );
      }
    }
  }

  const mo = num('gremium_sitze_mo');
  const total = num('gremium_sitze_gesamt');
  if (mo !== undefined && total !== undefined && mo > total) {
    issues.push(
      cellIssue({
        severity: 'error',
        code: 'seats-above-total',
        sheet,
        ...at('gremium_sitze_mo', row),
        indicator: 'gremium_sitze_mo',
        raw: mo,
        related: [at('gremium_sitze_gesamt', row)],
        message: t(
          `Mehr MO-Sitze (${fmt(mo)}) als Sitze insgesamt (${fmt(total)}). Der Sitzanteil wird nicht berechnet.`,
          `More MO seats (${fmt(mo)}) than seats in total (${fmt(total)}). The seat share is not computed.`,
        ),
      }),
    );
    drop('gremium_sitze_mo');
  } else if (mo !== undefined && (total === undefined || total === 0)) {
    issues.push(
      cellIssue({
        severity: 'warning',
        code: 'seats-no-total',
        sheet,
        ...at('gremium_sitze_mo', row),
        indicator: 'gremium_sitze_mo',
        raw: mo,
        message: t(
          'Der Sitzanteil braucht die Gesamtzahl der Sitze (Spalte „Sitze im Gremium insgesamt“, größer als 0). Ohne sie zählt der Wert nicht.',
          'The seat share needs the total number of seats (column "Total seats on the committee", above 0). Without it the value does not count.',
        ),
      }),
    );
  }

  if (num('foerdervolumen_eur') !== undefined && migrationPopulation(values) === undefined) {
    issues.push(
      cellIssue({
        severity: 'warning',
        code: 'funding-no-basis',
        sheet,
        ...at('foerdervolumen_eur', row),
        indicator: 'foerdervolumen_eur',
        raw: num('foerdervolumen_eur'),
        message: t(
          'Das Fördervolumen wird je Person mit Migrationsgeschichte bewertet. Dafür fehlt „Menschen mit Migrationsgeschichte“ oder „Einwohner:innen“ mit „Anteil mit Migrationsgeschichte“. Ohne sie zählt der Wert nicht.',
          'Funding is scored per person with a migration history. For that, "People with a migration history" or "Inhabitants" with "Share with a migration history" is missing. Without it the value does not count.',
        ),
      }),
    );
  }
  return values === input.values ? input : { ...input, values };
}

/** People with migration history: the count, else einwohner × share. */
export function migrationPopulation(values: Readonly<Record<string, unknown>>): number | undefined {
  const count = values.einwohner_migrationsgeschichte;
  if (typeof count === 'number' && count > 0) return count;
  const ew = values.einwohner;
  const share = values.anteil_migrationsgeschichte;
  if (typeof ew === 'number' && typeof share === 'number' && ew > 0 && share > 0) return (ew * share) / 100;
  return undefined;
}
