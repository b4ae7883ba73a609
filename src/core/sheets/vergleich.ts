import { RULE_LABEL, typeLabel } from '../describe';
import { CRITERIA } from '../model/level';
import { RADAR_AXES, RadarAxis, RowResult, RunResult } from '../model/result';
import { Cell, ConditionalFormat, SheetModel } from '../model/sheet';
import { Lang, Text, t } from '../model/text';
import { COLOURS, empty, FMT, header, num, text } from './cells';
import { sheetName } from './names';
import { typeColourRules } from './typologie';

export const AXIS_LABEL: Readonly<Record<RadarAxis, Text>> = {
  formalisierung: t('Formalisierung', 'Formalisation'),
  praxis: t('Praxis', 'Practice'),
  koordination: t('Koordination', 'Coordination'),
  strategie: t('Strategie', 'Strategy'),
  anerkennung: t('Anerkennung & Förderung', 'Recognition & funding'),
};

/** The latest year of the run, or null for an empty run. */
export function latestYear(result: RunResult): number | null {
  return result.years.length > 0 ? result.years[result.years.length - 1]! : null;
}

/** The rows of one year in Vergleich order: by rank, unranked last, then by name. */
export function comparisonRows(result: RunResult, year: number): RowResult[] {
  return result.rows
    .filter((r) => r.jahr === year)
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.kommune.localeCompare(b.kommune, 'de'));
}

/** "24.11.2026, 05:20" from an ISO timestamp, without depending on the machine's time zone. */
export function formatRunDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'de' ? `${m[3]}.${m[2]}.${m[1]}, ${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`;
}

export interface VergleichOptions {
  year: number | null;
  lang: Lang;
  /** ISO timestamp of the run (passed in: the core reads no clock). */
  runAt: string;
}

const CONTEXT_COLUMNS: ReadonlyArray<{ id: string; label: Text; fmt: string }> = [
  { id: 'einwohner', label: t('Einwohner:innen', 'Inhabitants'), fmt: FMT.count },
  {
    id: 'anteil_migrationsgeschichte',
    label: t('Anteil mit Migrationsgeschichte', 'Share with migration history'),
    fmt: FMT.percentNumber,
  },
  { id: 'verbund_mitgliedsvereine', label: t('Mitgliedsvereine', 'Member organisations'), fmt: FMT.count },
];

/** Vergleich: the Kommunen of one year side by side, print-ready. */
export function buildVergleich(result: RunResult, options: VergleichOptions): SheetModel {
  const { lang } = options;
  const de = lang === 'de';
  const year = options.year ?? latestYear(result);
  const rows = year === null ? [] : comparisonRows(result, year);
  const title = de ? `Vergleich der Kommunen ${year ?? ''}`.trim() : `Comparison of municipalities ${year ?? ''}`.trim();
  const subtitle = de
    ? `Stand ${formatRunDate(options.runAt, lang)} · Methode Version ${result.method.version}, Typregel ${RULE_LABEL[result.method.rule].de} · Δ = Veränderung gegenüber dem Vorjahr der Kommune`
    : `As of ${formatRunDate(options.runAt, lang)} · method version ${result.method.version}, type rule ${RULE_LABEL[result.method.rule].en} · Δ = change against the municipality's previous year`;
  const head: Cell[] = [
    header(de ? 'Rang' : 'Rank'),
    header(de ? 'Kommune' : 'Municipality'),
    header(de ? 'Typ' : 'Type'),
    ...CRITERIA.map((c) => header(c)),
    ...RADAR_AXES.map((a) => header(AXIS_LABEL[a][lang])),
    header(de ? 'Gesamtwert' : 'Overall'),
    ...CRITERIA.map((c) => header(`Δ ${c}`)),
    header(de ? 'Δ Gesamt' : 'Δ overall'),
    ...CONTEXT_COLUMNS.map((c) => header(c.label[lang])),
  ];
  const body: Cell[][] = rows.map((r) => [
    num(r.rank, FMT.int),
    text(r.kommune),
    text(typeLabel(r.type, lang)),
    ...CRITERIA.map((c) => num(r.criteria[c].score, FMT.score)),
    ...RADAR_AXES.map((a) => num(r.radar[a], FMT.score)),
    num(r.overall, FMT.score),
    ...CRITERIA.map((c) => num(r.trend?.scoreDelta[c] ?? null, FMT.delta)),
    num(r.trend?.overallDelta ?? null, FMT.delta),
    ...CONTEXT_COLUMNS.map((c) => {
      const v = r.context[c.id];
      return typeof v === 'number' ? num(v, c.fmt) : empty;
    }),
  ]);
  const headerRow = 3;
  const first = headerRow + 1;
  const n = Math.max(rows.length, 1);
  const scoreCols = { from: 3, count: CRITERIA.length + RADAR_AXES.length + 1 };
  const scale: ConditionalFormat = {
    type: 'colorScale',
    area: { row: first, col: scoreCols.from, rows: n, cols: scoreCols.count },
    min: { value: 0, color: COLOURS.scale.low },
    mid: { value: 50, color: COLOURS.scale.mid },
    max: { value: 100, color: COLOURS.scale.high },
  };
  const note =
    rows.length === 0
      ? [[text(de ? 'Für dieses Jahr liegen keine berechneten Zeilen vor.' : 'There are no computed rows for this year.', 'note')]]
      : [];
  return {
    key: 'vergleich',
    name: sheetName('vergleich', lang),
    blocks: [
      { row: 0, col: 0, cells: [[text(title, 'title')], [text(subtitle, 'subtitle')]] },
      { row: headerRow, col: 0, cells: [head, ...body, ...note] },
    ],
    columnWidths: [7, 22, 8, 8, 8, 8, 13, 9, 12, 10, 14, 11, 8, 8, 8, 10, 14, 14, 14],
    freeze: { rows: first, cols: 2 },
    conditionalFormats: [scale, ...typeColourRules({ row: first, col: 2, rows: n })],
    validations: [],
    charts: [],
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { from: headerRow, to: headerRow } },
  };
}
