import { RADAR_AXES, RowResult, RunResult } from '../model/result';
import { Block, Cell, ChartSeries, ChartSpec, SheetModel } from '../model/sheet';
import { Lang } from '../model/text';
import { FMT, header, num, text } from './cells';
import { sheetName } from './names';
import { AXIS_LABEL, comparisonRows, latestYear } from './vergleich';

export const MAX_PROFILE_CHARTS = 30;
export const MAX_OVERLAY = 8;

export interface ProfileOptions {
  year: number | null;
  lang: Lang;
  /** Kommunen to chart; default: the first 30 of the Vergleich order. */
  profiles?: readonly string[];
  /** Kommunen in the overlay chart against the median; default: the first 8 of the Vergleich order. */
  overlay?: readonly string[];
}

const DATA_COL = 0;
const CHART_COL = 14;
const GRID_COLS = 3;
const CHART_SIZE = { rows: 16, cols: 6 };

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The median of every radar axis over the rows of a year. */
export function medianProfile(rows: readonly RowResult[]): Array<number | null> {
  return RADAR_AXES.map((a) => median(rows.map((r) => r.radar[a]).filter((v): v is number => v !== null)));
}

/** Picks rows by name (case-insensitive) in the order given, else the first `max` rows; unknown names are returned apart. */
export function selectRows(
  rows: readonly RowResult[],
  names: readonly string[] | undefined,
  max: number,
): { chosen: RowResult[]; unknown: string[] } {
  if (!names || names.length === 0) return { chosen: rows.slice(0, max), unknown: [] };
  const byName = new Map(rows.map((r) => [r.kommune.toLocaleLowerCase('de-DE'), r]));
  const chosen: RowResult[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const r = byName.get(name.trim().toLocaleLowerCase('de-DE'));
    if (!r) unknown.push(name);
    else if (!chosen.includes(r) && chosen.length < max) chosen.push(r);
  }
  return { chosen, unknown };
}

/** A labelled data block: axis names down the first column, one column per series; returns the chart series. */
function dataBlock(
  row: number,
  title: string,
  columns: Array<{ name: string; values: Array<number | null> }>,
  lang: Lang,
): { block: Block; series: ChartSeries[] } {
  const cells: Cell[][] = [[header(title), ...columns.map((c) => header(c.name))]];
  RADAR_AXES.forEach((axis, i) => cells.push([text(AXIS_LABEL[axis][lang]), ...columns.map((c) => num(c.values[i] ?? null, FMT.score))]));
  const categories = { row: row + 1, col: DATA_COL, rows: RADAR_AXES.length, cols: 1 };
  const series = columns.map((_, i) => ({
    nameCell: { row, col: DATA_COL + 1 + i },
    categories,
    values: { row: row + 1, col: DATA_COL + 1 + i, rows: RADAR_AXES.length, cols: 1 },
  }));
  return { block: { row, col: DATA_COL, cells }, series };
}

/** Profile: native radar charts, one per Kommune (with the previous year), and an overlay against the median. */
export function buildProfile(result: RunResult, options: ProfileOptions): SheetModel {
  const { lang } = options;
  const de = lang === 'de';
  const year = options.year ?? latestYear(result);
  const rows = year === null ? [] : comparisonRows(result, year);
  const profiles = selectRows(rows, options.profiles, MAX_PROFILE_CHARTS);
  const overlay = selectRows(rows, options.overlay, MAX_OVERLAY);
  const band = (v: number) => RADAR_AXES.map(() => v);
  const bands = [
    { name: de ? 'Grenze Typ II (35)' : 'Type II boundary (35)', values: band(result.method.levelBands.II) },
    { name: de ? 'Grenze Typ III (70)' : 'Type III boundary (70)', values: band(result.method.levelBands.III) },
  ];
  const left = rows.length - profiles.chosen.length;
  const lines: Cell[][] = [
    [text(de ? `Profile ${year ?? ''}`.trim() : `Profiles ${year ?? ''}`.trim(), 'title')],
    [
      text(
        de
          ? 'Fünf Achsen von 0 bis 100; die Ringe bei 35 und 70 markieren die Grenzen der Typen II und III.'
          : 'Five axes from 0 to 100; the rings at 35 and 70 mark the boundaries of types II and III.',
        'subtitle',
      ),
    ],
    [
      text(
        rows.length === 0
          ? de
            ? 'Für dieses Jahr liegen keine berechneten Zeilen vor.'
            : 'There are no computed rows for this year.'
          : left === 0
            ? de
              ? `Alle ${rows.length} Kommunen sind dargestellt.`
              : `All ${rows.length} municipalities are shown.`
            : de
              ? `${profiles.chosen.length} von ${rows.length} Kommunen dargestellt; ${left} nicht dargestellt (Auswahl im Aufgabenbereich oder mit --profiles).`
              : `${profiles.chosen.length} of ${rows.length} municipalities shown; ${left} not shown (choose them in the task pane or with --profiles).`,
        left > 0 ? 'warning' : 'note',
      ),
    ],
  ];
  const unknown = [...new Set([...profiles.unknown, ...overlay.unknown])];
  if (unknown.length > 0)
    lines.push([text((de ? 'Nicht gefunden für dieses Jahr: ' : 'Not found for this year: ') + unknown.join(', '), 'warning')]);
  const blocks: Block[] = [{ row: 0, col: 0, cells: lines }];
  const charts: ChartSpec[] = [];
  if (rows.length === 0) return sheet(options.lang, blocks, charts);

  let row = lines.length + 1;
  blocks.push({
    row,
    col: DATA_COL,
    cells: [[text(de ? 'Diagrammdaten (Grundlage der Diagramme)' : 'Chart data (source of the charts)', 'bold')]],
  });
  row += 1;
  const med = { name: de ? `Median (alle ${rows.length})` : `Median (all ${rows.length})`, values: medianProfile(rows) };
  const ov = dataBlock(
    row,
    de ? `Vergleich ${year}` : `Comparison ${year}`,
    [...overlay.chosen.map((r) => ({ name: r.kommune, values: RADAR_AXES.map((a) => r.radar[a]) })), med],
    lang,
  );
  blocks.push(ov.block);
  charts.push({
    name: 'KM_Overlay',
    type: 'radarMarkers',
    title: de ? `Vergleich ${year}: Auswahl und Median` : `Comparison ${year}: selection and median`,
    series: ov.series,
    anchor: { row: 1, col: CHART_COL, rows: 22, cols: 9 },
    axis: { min: 0, max: 100, majorUnit: 25 },
    legend: 'right',
  });
  row += RADAR_AXES.length + 2;

  const previousOf = (r: RowResult) =>
    result.rows.find(
      (p) => p.jahr === r.trend?.previousYear && p.kommune.toLocaleLowerCase('de-DE') === r.kommune.toLocaleLowerCase('de-DE'),
    );
  profiles.chosen.forEach((r, i) => {
    const prev = r.trend ? previousOf(r) : undefined;
    const columns = [{ name: String(r.jahr), values: RADAR_AXES.map((a) => r.radar[a]) }];
    if (prev) columns.push({ name: String(prev.jahr), values: RADAR_AXES.map((a) => prev.radar[a]) });
    const d = dataBlock(row, r.kommune, [...columns, ...bands], lang);
    blocks.push(d.block);
    charts.push({
      name: `KM_Profil_${i + 1}`,
      type: 'radarMarkers',
      title: prev ? `${r.kommune} ${r.jahr} (${de ? 'Vorjahr' : 'previous'} ${prev.jahr})` : `${r.kommune} ${r.jahr}`,
      series: d.series,
      anchor: {
        row: 24 + Math.floor(i / GRID_COLS) * (CHART_SIZE.rows + 1),
        col: CHART_COL + (i % GRID_COLS) * (CHART_SIZE.cols + 1),
        ...CHART_SIZE,
      },
      axis: { min: 0, max: 100, majorUnit: 25 },
      legend: 'bottom',
    });
    row += RADAR_AXES.length + 2;
  });
  return sheet(lang, blocks, charts);
}

function sheet(lang: Lang, blocks: Block[], charts: ChartSpec[]): SheetModel {
  return {
    key: 'profile',
    name: sheetName('profile', lang),
    blocks,
    columnWidths: [24, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12],
    conditionalFormats: [],
    validations: [],
    charts,
    page: { orientation: 'landscape', fitToWidth: true },
  };
}
