import type { Cell, ChartSpec, SheetModel } from '../../src/core/model/sheet';

/** Hand-built sheet models shaped like the product's Typologie and Profile sheets. */

export const TRICKY_NAMES = ['=SUMME(A1)', '+49 123', '-x', '@home'] as const;

const text = (v: string, extra: Partial<Cell> = {}): Cell => ({ v, ...extra });
const num = (v: number, fmt = '0.0'): Cell => ({ v, fmt });

export function typologieModel(): SheetModel {
  const header = ['Kommune', 'Typ', 'Punkte', 'Anteil', 'Status'].map((h, i) =>
    text(h, { style: 'header', ...(i === 2 ? { note: 'Summe der Indikatorpunkte (0–100)' } : {}) }),
  );
  const rows: Array<[string, string, number, number, string]> = [
    [TRICKY_NAMES[0], 'Typ I', 82.5, 0.82, 'offen'],
    [TRICKY_NAMES[1], 'Typ II', 55, 0.55, 'geprüft'],
    [TRICKY_NAMES[2], 'Typ III', 21.25, 0.21, 'offen'],
    [TRICKY_NAMES[3], 'Typ II', 64, 0.64, 'geprüft'],
    ['Köln', 'Typ I', 90, 0.9, 'offen'],
  ];
  const body = rows.map(([name, typ, points, share, status], i): Cell[] => [
    text(name, i === 0 ? { link: { sheet: 'Profile', cell: 'B2' } } : {}),
    text(typ),
    num(points),
    num(share, '0%'),
    text(status),
  ]);
  return {
    key: 'typologie',
    name: 'Typologie',
    blocks: [
      { row: 0, col: 0, cells: [[text('Typologie der Zusammenarbeit', { style: 'title' })]] },
      { row: 1, col: 0, cells: [[text('Stand: Beispieldaten', { style: 'subtitle' })]] },
      { row: 3, col: 0, cells: [header, ...body] },
      {
        row: 10,
        col: 0,
        cells: [
          [text('Hinweis: Werte gerundet', { style: 'note' })],
          [text('2 Kommunen ohne Angabe', { style: 'warning' }), { v: true, style: 'bold' }],
          [text('1 Wert fehlt', { style: 'error' }), { v: null, style: 'bold' }],
        ],
      },
    ],
    columnWidths: [28, 10, 10, 10, 12],
    table: { name: 'tblTypologie', area: { row: 3, col: 0, rows: 6, cols: 5 }, style: 'TableStyleMedium2' },
    freeze: { rows: 4, cols: 1 },
    conditionalFormats: [
      ...(['Typ I', 'Typ II', 'Typ III'] as const).map((t, i) => ({
        type: 'textEquals' as const,
        area: { row: 4, col: 1, rows: 5, cols: 1 },
        text: t,
        fill: ['#C6EFCE', '#FFEB9C', '#FFC7CE'][i]!,
        font: ['#006100', '#9C5700', '#9C0006'][i]!,
      })),
      {
        type: 'colorScale',
        area: { row: 4, col: 2, rows: 5, cols: 1 },
        min: { value: 0, color: '#F8696B' },
        mid: { value: 50, color: '#FFEB84' },
        max: { value: 100, color: '#63BE7B' },
      },
    ],
    validations: [{ area: { row: 4, col: 4, rows: 5, cols: 1 }, values: ['offen', 'geprüft', 'abgeschlossen'], prompt: 'Status wählen' }],
    charts: [],
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { from: 3, to: 3 } },
  };
}

/** Five dimensions (A3:A7) and six municipalities (B2:G2 names, B3:G7 values). */
export const PROFILE_DIMENSIONS = ['Struktur', 'Ressourcen', 'Beteiligung', 'Kommunikation', 'Wirkung'];
export const PROFILE_NAMES = ['Aachen', 'Bonn', 'Köln', 'Essen', 'Dortmund', 'Münster'];

export function profileChart(index: number, type: ChartSpec['type']): ChartSpec {
  const series = [0, 1].map((s) => {
    const col = 1 + index * 2 + s;
    return {
      nameCell: { row: 1, col },
      categories: { row: 2, col: 0, rows: 5, cols: 1 },
      values: { row: 2, col, rows: 5, cols: 1 },
    };
  });
  return {
    name: `Profil ${index + 1}`,
    type,
    title: `Profil ${PROFILE_NAMES[index * 2]} & ${PROFILE_NAMES[index * 2 + 1]}`,
    series,
    anchor: { row: 9, col: index * 6, rows: 16, cols: 6 },
    axis: { min: 0, max: 4, majorUnit: 1 },
    legend: index === 2 ? 'right' : 'bottom',
  };
}

export function profileModel(): SheetModel {
  const values = PROFILE_DIMENSIONS.map((dim, d): Cell[] => [
    text(dim, d === 0 ? { note: 'Dimension A des Katalogs' } : {}),
    ...PROFILE_NAMES.map((_, k) => num((d * 7 + k * 3) % 5)),
  ]);
  return {
    key: 'profile',
    name: 'Profile',
    blocks: [
      { row: 0, col: 0, cells: [[text('Profile der Kommunen', { style: 'title' })]] },
      {
        row: 1,
        col: 0,
        cells: [
          [text('Dimension', { style: 'header' }), ...PROFILE_NAMES.map((n) => text(n, { style: 'header', note: `Profil von ${n}` }))],
        ],
      },
      { row: 2, col: 0, cells: values },
      { row: 7, col: 0, cells: [[text('Zur Typologie', { link: { sheet: 'Typologie', cell: 'A5' } })]] },
    ],
    columnWidths: [18, 10, 10, 10, 10, 10, 10],
    conditionalFormats: [],
    validations: [],
    charts: [profileChart(0, 'radar'), profileChart(1, 'radarMarkers'), profileChart(2, 'radarFilled')],
    page: { orientation: 'portrait', fitToWidth: false },
  };
}
