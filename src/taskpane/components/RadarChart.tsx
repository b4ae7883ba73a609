import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useVisuallyHidden } from './visually-hidden';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: '220px',
    flexGrow: 1,
    flexBasis: '260px',
    maxWidth: '400px',
  },
  svg: { width: '100%', height: 'auto', overflow: 'visible' },
  grid: { fill: 'none', stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  band: { fill: 'none', stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: 1, strokeDasharray: '4 3' },
  axisLabel: { fill: tokens.colorNeutralForeground2, fontSize: '11px', fontFamily: tokens.fontFamilyBase },
  current: { stroke: tokens.colorBrandForeground1, fill: tokens.colorBrandBackground2, fillOpacity: 0.55, strokeWidth: 2 },
  currentDot: { fill: tokens.colorBrandForeground1 },
  previous: { stroke: tokens.colorPaletteDarkOrangeForeground1, fill: 'none', strokeWidth: 2, strokeDasharray: '6 3' },
  median: { stroke: tokens.colorNeutralForeground3, fill: 'none', strokeWidth: 2, strokeDasharray: '2 3' },
  legend: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});

export type RadarSeriesKind = 'current' | 'previous' | 'median';

export interface RadarSeries {
  name: string;
  kind: RadarSeriesKind;
  /** One value (0–100) per axis; null where the row has none. */
  values: ReadonlyArray<number | null>;
}

export interface RadarChartProps {
  axes: readonly string[];
  series: readonly RadarSeries[];
  /** Values of the emphasised rings (the type bands). */
  bands: readonly number[];
  /** The first sentence of the chart's accessible name; the values follow. */
  summary: string;
  caption: string;
  axisHeader: string;
  formatValue: (value: number | null) => string;
}

const SIZE = { width: 360, height: 272 };
const CENTRE = { x: 180, y: 138 };
const RADIUS = 98;
const LABEL_RADIUS = 112;
const LINE_HEIGHT = 12;
const GRID = [25, 50, 75, 100];

function point(axis: number, count: number, value: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / count;
  const r = (Math.max(0, value) / 100) * RADIUS;
  return { x: CENTRE.x + r * Math.cos(angle), y: CENTRE.y + r * Math.sin(angle) };
}

/** SVG points of a polygon with one value per axis. */
function polygon(values: ReadonlyArray<number | null>, count: number): string {
  return Array.from({ length: count }, (_, i) => point(i, count, Math.min(100, values[i] ?? 0)))
    .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');
}

const ring = (count: number, value: number): string => polygon(Array<number>(count).fill(value), count);

/** Splits a long axis label into lines of at most 12 characters at spaces. */
function labelLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= 12) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The baseline of a label's first line: above the chart for the top axis, below for the lower ones. */
function firstBaseline(y: number, lines: number): number {
  if (y < CENTRE.y - RADIUS) return y - (lines - 1) * LINE_HEIGHT;
  if (y > CENTRE.y + RADIUS / 2) return y + 8;
  return y - ((lines - 1) * LINE_HEIGHT) / 2 + 4;
}

/** A radar (spider) chart of 0–100 values drawn in SVG, with a legend and the values as a hidden table. */
export function RadarChart({ axes, series, bands, summary, caption, axisHeader, formatValue }: RadarChartProps): React.JSX.Element {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const n = axes.length;
  const describe = (s: RadarSeries) => `${s.name}: ${axes.map((a, i) => `${a} ${formatValue(s.values[i] ?? null)}`).join(', ')}`;
  const label = `${summary} ${series.map(describe).join('; ')}.`;
  const order: RadarSeriesKind[] = ['median', 'previous', 'current'];
  const drawn = [...series].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={label}>
        {GRID.map((v) => (
          <polygon key={v} className={styles.grid} points={ring(n, v)} />
        ))}
        {axes.map((_, i) => {
          const end = point(i, n, 100);
          return <line key={i} className={styles.grid} x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} />;
        })}
        {bands.map((v) => (
          <polygon key={`band-${v}`} className={styles.band} points={ring(n, v)} />
        ))}
        {drawn.map((s) => (
          <polygon key={s.kind} className={styles[s.kind]} points={polygon(s.values, n)} />
        ))}
        {drawn
          .filter((s) => s.kind === 'current')
          .flatMap((s) =>
            s.values.map((v, i) => {
              const p = point(i, n, v ?? 0);
              return <circle key={`dot-${i}`} className={styles.currentDot} cx={p.x} cy={p.y} r={3} />;
            }),
          )}
        {axes.map((a, i) => {
          const p = point(i, n, (LABEL_RADIUS / RADIUS) * 100);
          const anchor = p.x > CENTRE.x + 8 ? 'start' : p.x < CENTRE.x - 8 ? 'end' : 'middle';
          const lines = labelLines(a);
          return (
            <text key={a} className={styles.axisLabel} x={p.x} y={firstBaseline(p.y, lines.length)} textAnchor={anchor}>
              {lines.map((line, j) => (
                <tspan key={j} x={p.x} dy={j === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s) => (
          <li key={s.kind} className={styles.legendItem}>
            <svg width="22" height="10" aria-hidden="true" focusable="false">
              <line className={styles[s.kind]} x1="1" y1="5" x2="21" y2="5" />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      {/* A block wrapper: a table ignores the 1 px size and would widen the page while hidden. */}
      <div className={hidden.root}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{axisHeader}</th>
              {series.map((s) => (
                <th key={s.kind} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axes.map((a, i) => (
              <tr key={a}>
                <th scope="row">{a}</th>
                {series.map((s) => (
                  <td key={s.kind}>{formatValue(s.values[i] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export default RadarChart;
