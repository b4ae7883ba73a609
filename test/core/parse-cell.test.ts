import { CATALOGUE, indicator } from '../../src/core/catalogue';
import { RawValue } from '../../src/core/model/grid';
import { ParsedCell, parseCell } from '../../src/core/parse/cell';
import { expectBilingual } from './helpers';

/** Parses and expects a value (no warning unless asked for). */
function expectValue(raw: RawValue, id: string, expected: number | boolean | string, format = ''): void {
  const parsed = parseCell(raw, indicator(id), format);
  expect(parsed).toEqual({ kind: 'value', value: expected });
}

/** Parses and expects an invalid result with a code, bilingual message and German key words. */
function expectInvalid(raw: RawValue, id: string, code: string, keyWords: readonly string[], format = ''): void {
  const parsed = parseCell(raw, indicator(id), format);
  if (parsed.kind !== 'invalid') throw new Error(`${JSON.stringify(raw)} for ${id}: expected invalid, got ${JSON.stringify(parsed)}`);
  expect(parsed.problem.code).toBe(code);
  expect(parsed.problem.severity).toBe('error');
  expectBilingual(parsed.problem.message);
  for (const w of keyWords) expect(parsed.problem.message.de).toContain(w);
}

describe('parseCell: counts and euros', () => {
  it.each<[RawValue, string, number]>([
    [88692, 'einwohner', 88692],
    ['88.692', 'einwohner', 88692],
    ['88,692', 'einwohner', 88692],
    ['614 000', 'einwohner', 614000],
    ['614.000', 'einwohner', 614000],
    ['1.234.567', 'einwohner', 1234567],
    [0, 'verbund_mitgliedsvereine', 0],
    ['60', 'verbund_mitgliedsvereine', 60],
    ['30.000 €', 'foerdervolumen_eur', 30000],
    ['30.000,50 €', 'foerdervolumen_eur', 30000.5],
    ['1,234.5', 'foerdervolumen_eur', 1234.5],
    ['1.234,5', 'foerdervolumen_eur', 1234.5],
    [1234.5, 'foerdervolumen_eur', 1234.5],
    ['EUR 12.500', 'foerdervolumen_eur', 12500],
  ])('%j as %s → %d', (raw, id, expected) => expectValue(raw, id, expected));

  it.each<[RawValue, string]>([
    [-5, 'einwohner'],
    ['-5', 'einwohner'],
    ['−5', 'einwohner'], // U+2212
    ['–5', 'schutzsuchende'], // en dash
    ['-100 €', 'foerdervolumen_eur'],
  ])('%j as %s: negative is rejected', (raw, id) => expectInvalid(raw, id, 'negative', ['nicht negativ']));

  it.each<[RawValue, string]>([
    [12.5, 'einwohner'],
    ['12,5', 'einwohner'],
    ['1.234,5', 'gremium_sitze_mo'],
    ['0.500', 'verbund_mitgliedsvereine'], // 0.5, not 500
  ])('%j as %s: counts must be whole numbers', (raw, id) => expectInvalid(raw, id, 'not-integer', ['ganze Zahl', 'Anzahl']));

  it.each<[RawValue]>([['viele'], ['ca. 600.000'], ['1.23.456'], ['1,234.567,8'], [true], ['12 Stück']])(
    '%j as a count: not a number, the message names a count',
    (raw) => expectInvalid(raw, 'einwohner', 'not-a-number', ['Erwartet', 'Anzahl']),
  );

  it.each<[RawValue]>([['dreißig Euro'], ['30 T€'], [false]])('%j as euros: not a number, the message names euros', (raw) =>
    expectInvalid(raw, 'foerdervolumen_eur', 'not-a-number', ['Erwartet', 'Betrag in Euro']),
  );
});

describe('parseCell: percentages', () => {
  it.each<[RawValue, string, number]>([
    [18, '', 18],
    ['18%', '', 18],
    ['18 %', '', 18],
    ['18,0 %', '', 18],
    ['7,6 %', '', 7.6],
    ['7.6', '', 7.6],
    ['43', '', 43],
    [0, '', 0],
    [100, '', 100],
    [1, '', 1],
    [0.18, '0%', 18], // a fraction in a percent cell
    [0.18, '0.0%', 18],
    [0.18, '0.00%', 18],
    [0.076, '0.0%', 7.6],
    [0.07, '0%', 7],
    [1, '0%', 100],
    [0.18, '0%;[Red]-0%', 18],
    ['18%', '0%', 18], // text is never scaled
  ])('%j with format %j → %d', (raw, format, expected) => expectValue(raw, 'anteil_migrationsgeschichte', expected, format));

  it.each<[number, string]>([
    [0.18, ''],
    [0.18, 'General'],
    [0.18, '0.00'],
    [0.18, '"0%"'], // a percent sign inside quotes is literal text
    [0.18, '0.0" %"'],
  ])('%d with format %j → 0.18 with a warning', (raw, format) => {
    const parsed = parseCell(raw, indicator('anteil_migrationsgeschichte'), format);
    if (parsed.kind !== 'value' || !parsed.warning) throw new Error(`expected a value with warning, got ${JSON.stringify(parsed)}`);
    expect(parsed.value).toBe(0.18);
    expect(parsed.warning.code).toBe('percent-fraction');
    expect(parsed.warning.severity).toBe('warning');
    expectBilingual(parsed.warning.message);
    expect(parsed.warning.message.de).toContain('Gelesen als 0,18 %');
    expect(parsed.warning.message.de).toContain('18 %');
    expect(parsed.warning.message.de).toContain('Prozent formatieren');
  });

  it('suggests a clean percentage in the warning, without float artefacts (0.07 → 7 %)', () => {
    for (const [raw, pct] of [
      [0.07, '7'],
      [0.29, '29'],
      [0.57, '57'],
      [0.435, '43,5'],
    ] as const) {
      const parsed = parseCell(raw, indicator('anteil_auslaendisch'));
      if (parsed.kind !== 'value' || !parsed.warning) throw new Error(`expected a warning for ${raw}`);
      expect(parsed.warning.message.de).toContain(`Falls ${pct} % gemeint ist`);
      expect(parsed.warning.message.de).not.toMatch(/\d{6,}/);
    }
  });

  it.each<[RawValue, string]>([
    [-1, ''],
    [101, ''],
    ['120 %', ''],
    ['-3 %', ''],
    [18, '0%'], // 1800 % in a percent cell
  ])('%j with format %j: outside 0–100', (raw, format) =>
    expectInvalid(raw, 'anteil_personal_mo', 'percent-range', ['zwischen 0 und 100'], format),
  );

  it.each<[RawValue]>([['viel'], ['18 % ca.'], [true], ['1.23.4 %']])('%j: not a percentage', (raw) =>
    expectInvalid(raw, 'anteil_schutzsuchende', 'not-a-percent', ['Erwartet', 'Prozentwert', '0 und 100']),
  );
});

describe('parseCell: rungs', () => {
  it.each<[RawValue, string, number]>([
    ['anlassbezogen', 'form_zusammenarbeit', 0],
    ['formalisiert', 'form_zusammenarbeit', 1],
    ['FORMALISIERT', 'form_zusammenarbeit', 1],
    ['  Verbindlich mit Mandat ', 'form_zusammenarbeit', 2],
    ['verbindlich  mit\u00a0Mandat', 'form_zusammenarbeit', 2],
    ['binding with mandate', 'form_zusammenarbeit', 2], // English label
    ['Formalised', 'form_zusammenarbeit', 1],
    ['Trägerverantwortung', 'ebene_praxis', 2],
    ['Traegerverantwortung', 'ebene_praxis', 2], // umlaut folded
    ['TRAEGERVERANTWORTUNG', 'ebene_praxis', 2],
    ['Trägerverantwortung'.normalize('NFD'), 'ebene_praxis', 2], // decomposed umlaut
    ['provider responsibility', 'ebene_praxis', 2],
    ['Fallsteuerung und Netzwerke', 'ebene_koordination', 1],
    ['keine Beteiligung', 'ebene_strategie', 0],
    ['Mitgestaltung', 'ebene_strategie', 2],
    ['keine', 'foerderform', 0], // a rung, not a missing marker
    ['projektbezogen', 'foerderform', 1],
    ['regelmaessig', 'foerderform', 2],
    ['teil-institutionell', 'foerderform', 3],
    ['teil–institutionell', 'foerderform', 3], // en dash
    ['teil—institutionell', 'foerderform', 3], // em dash
    ['teil‐institutionell', 'foerderform', 3], // U+2010 hyphen
    ['teil−institutionell', 'foerderform', 3], // U+2212 minus
    ['teil - institutionell', 'foerderform', 3],
    ['partly institutional', 'foerderform', 3],
    ['institutionell', 'foerderform', 4],
    ['keine', 'raeume', 0],
    ['wie andere Vereine', 'raeume', 1],
    ['Eigene Räume', 'raeume', 2],
    ['eigene Raeume', 'raeume', 2],
    ['kofinanziertes Zentrum', 'raeume', 3],
    // rung numbers 1..n, as number or text
    [1, 'form_zusammenarbeit', 0],
    [3, 'form_zusammenarbeit', 2],
    ['2', 'form_zusammenarbeit', 1],
    [' 3 ', 'ebene_strategie', 2],
    [5, 'foerderform', 4],
    ['5', 'foerderform', 4],
    [4, 'raeume', 3],
  ])('%j as %s → rung index %d', (raw, id, expected) => expectValue(raw, id, expected));

  it.each<[RawValue, string]>([
    [0, 'form_zusammenarbeit'],
    [4, 'form_zusammenarbeit'],
    ['4', 'form_zusammenarbeit'],
    ['0', 'ebene_praxis'],
    [-1, 'ebene_praxis'],
    [1.5, 'ebene_koordination'],
    [6, 'foerderform'],
    [5, 'raeume'],
    ['sehr eng', 'form_zusammenarbeit'],
    ['teilinstitutionell', 'foerderform'], // exact labels only
    ['institution', 'foerderform'],
    [true, 'ebene_strategie'],
    ['ja', 'raeume'],
  ])('%j as %s → unknown rung', (raw, id) => {
    const ind = indicator(id);
    const rungs = ind.scoring?.type === 'rungs' ? ind.scoring.rungs : [];
    const first = rungs[0]!.label.de;
    const last = rungs[rungs.length - 1]!.label.de;
    expectInvalid(raw, id, 'unknown-rung', ['Unbekannte Stufe', 'Erwartet', `1 = ${first}`, `${rungs.length} = ${last}`]);
  });
});

describe('parseCell: yes/no', () => {
  it.each<[RawValue, boolean]>([
    ['ja', true],
    ['Ja', true],
    [' JA ', true],
    ['nein', false],
    ['Nein', false],
    ['yes', true],
    ['no', false],
    ['wahr', true],
    ['WAHR', true],
    ['falsch', false],
    ['FALSCH', false],
    ['true', true],
    ['false', false],
    ['TRUE', true],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    [true, true],
    [false, false],
  ])('%j → %s', (raw, expected) => {
    for (const id of ['konzept_mo', 'stellenbeschreibung_mo', 'regelaustausch_verbund', 'qualifizierung']) expectValue(raw, id, expected);
  });

  it.each<[RawValue]>([['vielleicht'], ['jein'], [2], [0.5], [-1], ['keine'], ['2'], ['ja, teilweise']])('%j → not yes/no', (raw) =>
    expectInvalid(raw, 'konzept_mo', 'not-yes-no', ['Erwartet', 'ja oder nein']),
  );
});

describe('parseCell: keys', () => {
  it.each<[RawValue, number]>([
    [2025, 2025],
    ['2025', 2025],
    [' 2025 ', 2025],
    [1900, 1900],
    [2100, 2100],
  ])('year %j → %d', (raw, expected) => expectValue(raw, 'jahr', expected));

  it.each<[RawValue]>([[2025.5], ['2025,5'], [1899], [2101], ['zwanzig'], ['2.025'], [true], [-2025], ['25']])(
    'year %j → bad year',
    (raw) => expectInvalid(raw, 'jahr', 'bad-year', ['Erwartet', 'Jahr', 'ganze Zahl']),
  );

  it('reads names as trimmed text, numbers as their text', () => {
    expectValue('  Halle (Saale) ', 'kommune', 'Halle (Saale)');
    expectValue(123, 'kommune', '123');
    expectValue('VMDO e.V.', 'verbund', 'VMDO e.V.');
  });
});

describe('parseCell: missing values', () => {
  const markers: RawValue[] = [
    null,
    '',
    '   ',
    '\u00a0',
    '-',
    '--',
    '---',
    '–',
    '—',
    'k.A.',
    'k. A.',
    'K.A.',
    'ka',
    'n/a',
    'N/A',
    'n.a.',
    'keine Angabe',
  ];

  it.each(markers.map((m) => [m] as [RawValue]))('%j is missing for every indicator', (raw) => {
    for (const ind of CATALOGUE) expect(parseCell(raw, ind)).toEqual({ kind: 'missing' });
  });

  it('"keine" is a rung of foerderform and raeume, not missing', () => {
    expect(parseCell('keine', indicator('foerderform'))).toEqual({ kind: 'value', value: 0 });
    expect(parseCell('Keine', indicator('raeume'))).toEqual({ kind: 'value', value: 0 });
    expect(parseCell('keine', indicator('konzept_mo')).kind).toBe('invalid');
  });
});

describe('parseCell: formula errors', () => {
  const errors = [
    '#DIV/0!',
    '#NV',
    '#WERT!',
    '#N/A',
    '#BEZUG!',
    '#REF!',
    '#NAME?',
    '#ZAHL!',
    '#NULL!',
    '#ÜBERLAUF!',
    '#SPILL!',
    ' #DIV/0! ',
    '#div/0!',
  ];

  it.each(errors.map((e) => [e] as [string]))('%j is a formula error for every indicator', (raw) => {
    for (const ind of CATALOGUE) {
      const parsed = parseCell(raw, ind, '0%');
      if (parsed.kind !== 'invalid') throw new Error(`${raw} for ${ind.id}: ${JSON.stringify(parsed)}`);
      expect(parsed.problem.code).toBe('formula-error');
      expect(parsed.problem.severity).toBe('error');
      expectBilingual(parsed.problem.message);
      expect(parsed.problem.message.de).toContain(`Formelfehler ${raw.trim()}`);
      expect(parsed.problem.message.de).toContain('Formel korrigieren oder einen Wert eintragen');
    }
  });
});

describe('parseCell: non-finite numbers', () => {
  it.each<[number]>([[NaN], [Infinity], [-Infinity]])('%d is invalid for every indicator', (raw) => {
    for (const ind of CATALOGUE) {
      const parsed: ParsedCell = parseCell(raw, ind);
      if (parsed.kind !== 'invalid') throw new Error(`${raw} for ${ind.id}: ${JSON.stringify(parsed)}`);
      expect(parsed.problem.code).toBe('not-a-number');
      expectBilingual(parsed.problem.message);
      expect(parsed.problem.message.de).toContain('Zahl');
    }
  });
});
