import { CATALOGUE } from '../catalogue';
import { RULE_LABEL } from '../describe';
import { CRITERIA, roman } from '../model/level';
import { RunResult } from '../model/result';
import { Cell, SheetModel } from '../model/sheet';
import { Lang } from '../model/text';
import { empty, FMT, header, num, text } from './cells';
import { sheetName } from './names';
import { formatRunDate } from './vergleich';

export interface MethodikOptions {
  lang: Lang;
  runAt: string;
  /** Version of the add-in or command-line runner that computed the run. */
  appVersion: string;
}

const RULE_EXPLAINED = {
  mehrheit: { de: 'Median der drei Kriterienstufen', en: 'median of the three criterion levels' },
  streng: { de: 'niedrigste Kriterienstufe', en: 'lowest criterion level' },
  kompensatorisch: { de: 'Mittelwert der Stufen, kaufmännisch gerundet', en: 'mean of the levels, rounded half up' },
} as const;

/** Methodik: the parameters of the run, so the results can be replayed and checked. */
export function buildMethodik(result: RunResult, options: MethodikOptions): SheetModel {
  const { lang } = options;
  const de = lang === 'de';
  const m = result.method;
  const L = (d: string, e: string) => (de ? d : e);
  const kv = (k: string, v: Cell): Cell[] => [text(k, 'bold'), v];
  const meanCoverage = (c: (typeof CRITERIA)[number]) =>
    result.rows.length === 0 ? null : result.rows.reduce((s, r) => s + r.criteria[c].coverage, 0) / result.rows.length;
  const input = result.input;
  const cells: Cell[][] = [
    [text(L('Methodik dieser Berechnung', 'Method of this run'), 'title')],
    [
      text(
        L(
          'Platzierungstypen der Zusammenarbeit von Kommunen mit migrantischen Verbünden',
          'Placement types of cooperation between municipalities and umbrella networks of migrant organisations',
        ),
        'subtitle',
      ),
    ],
    [],
    kv(L('Methodenversion', 'Method version'), text(m.version)),
    kv(L('Programmversion', 'Program version'), text(options.appVersion)),
    kv(L('Berechnet am', 'Computed on'), text(formatRunDate(options.runAt, lang))),
    kv(L('Typregel', 'Type rule'), text(`${RULE_LABEL[m.rule][lang]} (${RULE_EXPLAINED[m.rule][lang]})`)),
    kv(L('Gewicht Leitindikator', 'Weight of lead items'), num(m.weights.lead, '0.##')),
    kv(L('Gewicht unterstützender Indikator', 'Weight of support items'), num(m.weights.support, '0.##')),
    kv(
      L('Stufe geschätzt aus Kriterienwert', 'Level estimated from criterion score'),
      text(
        L(
          `unter ${m.levelBands.II} → I, unter ${m.levelBands.III} → II, sonst III`,
          `below ${m.levelBands.II} → I, below ${m.levelBands.III} → II, else III`,
        ),
      ),
    ),
    kv(
      L('Schwelle Entwicklung/Rückbewegung', 'Threshold progress/setback'),
      text(`± ${m.trendThreshold} ${L('Punkte Gesamtwert', 'points overall score')}`),
    ),
    [],
    kv(L('Eingabe: Blatt', 'Input: sheet'), text(input.sheet)),
    kv(L('Eingabe: Tabelle', 'Input: table'), text(input.table ?? L('(genutzter Bereich)', '(used range)'))),
    kv(L('Eingabe: Bereich', 'Input: range'), text(input.address)),
    kv(L('Zeilen gelesen', 'Rows read'), num(input.rowsRead, FMT.int)),
    kv(L('Zeilen berechnet', 'Rows computed'), num(input.rowsScored, FMT.int)),
    ...CRITERIA.map((c) => kv(L(`Mittlere Abdeckung ${c}`, `Mean coverage ${c}`), num(meanCoverage(c), FMT.share))),
    kv(
      L('Prüfhinweise', 'Validation findings'),
      text(
        `${result.issues.filter((i) => i.severity === 'error').length} ${L('Fehler', 'errors')}, ${result.issues.filter((i) => i.severity === 'warning').length} ${L('Warnungen', 'warnings')}`,
      ),
    ),
    [],
    [
      header(L('Indikator', 'Indicator')),
      header('ID'),
      header(L('Kriterium', 'Criterion')),
      header(L('Art', 'Kind')),
      header(L('Gewicht', 'Weight')),
      header(L('Ausprägung', 'Value')),
      header(L('Punkte', 'Points')),
      header(L('Stufe', 'Level')),
    ],
  ];
  for (const ind of CATALOGUE) {
    const s = ind.scoring;
    if (!s || !ind.criterion) continue;
    const weight = ind.kind === 'lead' ? m.weights.lead : m.weights.support;
    const base = [
      text(ind.label[lang]),
      text(ind.id),
      text(ind.criterion),
      text(ind.kind === 'lead' ? L('Leitindikator', 'lead') : L('unterstützend', 'support')),
      num(weight, '0.##'),
    ];
    const lines: Cell[][] = [];
    if (s.type === 'rungs') {
      s.rungs.forEach((r, i) =>
        lines.push([text(`${i + 1} ${r.label[lang]}`), num(m.rungScores[ind.id]?.[i] ?? null, '0.#'), text(r.level ? roman(r.level) : '')]),
      );
    } else if (s.type === 'yesno') {
      lines.push(
        [text(L('nein', 'no')), num(m.rungScores[ind.id]?.[0] ?? null, '0.#'), empty],
        [text(L('ja', 'yes')), num(m.rungScores[ind.id]?.[1] ?? null, '0.#'), empty],
      );
    } else {
      const gp = m.goalposts[ind.id]!;
      const what = {
        value: L('Wert in %', 'value in %'),
        seatShare: L('Sitzanteil in %', 'seat share in %'),
        perPersonWithMigrationHistory: L('€ je Person mit Migrationsgeschichte', '€ per person with migration history'),
      }[s.basis];
      lines.push(
        [text(`${what}: ${gp.low.toLocaleString('de-DE', { maximumFractionDigits: 1 })}`), num(0, '0'), empty],
        [text(`${what}: ${gp.high.toLocaleString('de-DE', { maximumFractionDigits: 1 })}`), num(100, '0'), empty],
      );
    }
    lines.forEach((l, i) => cells.push([...(i === 0 ? base : base.map(() => empty)), ...l]));
  }
  cells.push(
    [],
    [
      text(
        L(
          'Ausführliche Beschreibung: Projektdokument src/core/METHODIK.md (Methode Version 1).',
          'Full description: project document src/core/METHODIK.md (method version 1).',
        ),
        'note',
      ),
    ],
  );
  return {
    key: 'methodik',
    name: sheetName('methodik', lang),
    blocks: [{ row: 0, col: 0, cells }],
    columnWidths: [42, 30, 10, 14, 9, 34, 9, 8],
    conditionalFormats: [],
    validations: [],
    charts: [],
    page: { orientation: 'portrait', fitToWidth: true },
  };
}
