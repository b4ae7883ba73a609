import { Catalogue, Indicator, Rung } from './model/indicator';
import { Level } from './model/level';
import { t } from './model/text';

function rung(de: string, en: string, score: number, level?: Level): Rung {
  return level === undefined ? { label: t(de, en), score } : { label: t(de, en), score, level };
}

const yesno = { type: 'yesno', no: 0, yes: 100 } as const;

/**
 * The indicators of method version 1 (Platzierungstypen), in the column order of the template.
 * Rung scores, levels and goalposts here are the defaults; a run takes its numbers from the Method.
 */
export const CATALOGUE: readonly Indicator[] = Catalogue.parse([
  {
    id: 'kommune',
    label: t('Kommune', 'Municipality'),
    description: t('Name der Kommune (Stadt, Kreis).', 'Name of the municipality (city, district).'),
    unit: 'text',
    kind: 'key',
  },
  {
    id: 'jahr',
    label: t('Jahr', 'Year'),
    description: t('Berichtsjahr, z. B. 2025.', 'Reporting year, e.g. 2025.'),
    unit: 'year',
    kind: 'key',
  },
  {
    id: 'einwohner',
    label: t('Einwohner:innen', 'Inhabitants'),
    description: t('Einwohnerzahl der Kommune (größer als 0).', 'Population of the municipality (above 0).'),
    unit: 'count',
    kind: 'context',
  },
  {
    id: 'einwohner_migrationsgeschichte',
    label: t('Menschen mit Migrationsgeschichte', 'People with a migration history'),
    description: t('Anzahl; höchstens so groß wie die Einwohnerzahl.', 'Count; at most the population.'),
    unit: 'count',
    kind: 'context',
    atMostEinwohner: true,
  },
  {
    id: 'anteil_migrationsgeschichte',
    label: t('Anteil mit Migrationsgeschichte', 'Share with a migration history'),
    description: t('Prozent der Einwohner:innen (0–100).', 'Percent of the population (0–100).'),
    unit: 'percent',
    kind: 'context',
  },
  {
    id: 'auslaendische_bevoelkerung',
    label: t('Ausländische Bevölkerung', 'Foreign population'),
    description: t('Anzahl; höchstens so groß wie die Einwohnerzahl.', 'Count; at most the population.'),
    unit: 'count',
    kind: 'context',
    atMostEinwohner: true,
  },
  {
    id: 'anteil_auslaendisch',
    label: t('Anteil ausländische Bevölkerung', 'Share of foreign population'),
    description: t('Prozent der Einwohner:innen (0–100).', 'Percent of the population (0–100).'),
    unit: 'percent',
    kind: 'context',
  },
  {
    id: 'schutzsuchende',
    label: t('Schutzsuchende', 'People seeking protection'),
    description: t('Anzahl; höchstens so groß wie die Einwohnerzahl.', 'Count; at most the population.'),
    unit: 'count',
    kind: 'context',
    atMostEinwohner: true,
  },
  {
    id: 'anteil_schutzsuchende',
    label: t('Anteil Schutzsuchende', 'Share of people seeking protection'),
    description: t('Prozent der Einwohner:innen (0–100).', 'Percent of the population (0–100).'),
    unit: 'percent',
    kind: 'context',
  },
  {
    id: 'anteil_personal_migrationsgeschichte',
    label: t('Anteil Verwaltungspersonal mit Migrationsgeschichte', 'Share of administrative staff with a migration history'),
    description: t('Prozent des Verwaltungspersonals (0–100).', 'Percent of the administrative staff (0–100).'),
    unit: 'percent',
    kind: 'context',
  },
  {
    id: 'verbund',
    label: t('Migrantischer Verbund', 'Umbrella network of migrant organisations'),
    description: t('Name des lokalen Verbunds migrantischer Organisationen.', 'Name of the local umbrella network.'),
    unit: 'text',
    kind: 'context',
  },
  {
    id: 'verbund_mitgliedsvereine',
    label: t('Mitgliedsvereine des Verbunds', 'Member organisations of the network'),
    description: t('Anzahl der Mitgliedsvereine (0 oder mehr).', 'Number of member organisations (0 or more).'),
    unit: 'count',
    kind: 'context',
  },
  {
    id: 'form_zusammenarbeit',
    label: t('Form der Zusammenarbeit', 'Form of cooperation'),
    description: t(
      'K1 Leitindikator: Wie verbindlich ist die Zusammenarbeit mit dem Verbund geregelt?',
      'K1 lead item: how binding is the cooperation with the network?',
    ),
    unit: 'rung',
    kind: 'lead',
    criterion: 'K1',
    scoring: {
      type: 'rungs',
      rungs: [
        rung('anlassbezogen', 'occasional', 0, 1),
        rung('formalisiert', 'formalised', 50, 2),
        rung('verbindlich mit Mandat', 'binding with mandate', 100, 3),
      ],
    },
  },
  {
    id: 'konzept_mo',
    label: t('Konzept zur Zusammenarbeit mit MO', 'Concept for cooperation with MOs'),
    description: t(
      'K1: Gibt es ein Konzept zur Zusammenarbeit mit Migrantenorganisationen? (ja/nein)',
      'K1: is there a concept for cooperating with migrant organisations? (yes/no)',
    ),
    unit: 'yesno',
    kind: 'support',
    criterion: 'K1',
    scoring: yesno,
  },
  {
    id: 'stellenbeschreibung_mo',
    label: t('Stellenbeschreibung mit MO-Zusammenarbeit', 'Job description includes MO cooperation'),
    description: t(
      'K1: Nennt eine Stellenbeschreibung die Zusammenarbeit mit MO? (ja/nein)',
      'K1: does a job description name cooperation with MOs? (yes/no)',
    ),
    unit: 'yesno',
    kind: 'support',
    criterion: 'K1',
    scoring: yesno,
  },
  {
    id: 'regelaustausch_verbund',
    label: t('Regelmäßiger Austausch mit Verbund/Dachverband', 'Regular exchange with the network'),
    description: t(
      'K1: Findet ein regelmäßiger Austausch mit dem Verbund statt? (ja/nein)',
      'K1: is there a regular exchange with the network? (yes/no)',
    ),
    unit: 'yesno',
    kind: 'support',
    criterion: 'K1',
    scoring: yesno,
  },
  {
    id: 'anteil_personal_mo',
    label: t('Anteil Personalzeit für MO-Zusammenarbeit', 'Share of staff time for MO cooperation'),
    description: t(
      'K1: Prozent der Personalzeit des Integrationsbüros für die Zusammenarbeit mit MO; 0 % → 0, 25 % → 100 Punkte.',
      'K1: percent of the integration office’s staff time for MO cooperation; 0 % → 0, 25 % → 100 points.',
    ),
    unit: 'percent',
    kind: 'support',
    criterion: 'K1',
    scoring: { type: 'goalposts', goalposts: { low: 0, high: 25 }, basis: 'value' },
  },
  {
    id: 'ebene_praxis',
    label: t('Ebene Praxis', 'Level: practical work'),
    description: t(
      'K2 Leitindikator: Rolle des Verbunds in der praktischen Arbeit.',
      'K2 lead item: the network’s role in practical work.',
    ),
    unit: 'rung',
    kind: 'lead',
    criterion: 'K2',
    scoring: {
      type: 'rungs',
      rungs: [
        rung('einzelne Projekte', 'single projects', 0, 1),
        rung('kontinuierliche Aufgaben', 'continuous tasks', 50, 2),
        rung('Trägerverantwortung', 'provider responsibility', 100, 3),
      ],
    },
  },
  {
    id: 'ebene_koordination',
    label: t('Ebene Koordination', 'Level: coordination'),
    description: t('K2 Leitindikator: Rolle des Verbunds in der Koordination.', 'K2 lead item: the network’s role in coordination.'),
    unit: 'rung',
    kind: 'lead',
    criterion: 'K2',
    scoring: {
      type: 'rungs',
      rungs: [
        rung('gelegentliche Teilnahme', 'occasional participation', 0, 1),
        rung('Fallsteuerung und Netzwerke', 'case management and networks', 50, 2),
        rung('Steuerungsrunden', 'steering groups', 100, 3),
      ],
    },
  },
  {
    id: 'ebene_strategie',
    label: t('Ebene Strategie', 'Level: strategy'),
    description: t(
      'K2 Leitindikator: Rolle des Verbunds in der strategischen Steuerung.',
      'K2 lead item: the network’s role in strategic steering.',
    ),
    unit: 'rung',
    kind: 'lead',
    criterion: 'K2',
    scoring: {
      type: 'rungs',
      rungs: [
        rung('keine Beteiligung', 'no involvement', 0, 1),
        rung('Mitsprache', 'consultation', 50, 2),
        rung('Mitgestaltung', 'co-design', 100, 3),
      ],
    },
  },
  {
    id: 'gremium_sitze_mo',
    label: t('Sitze von MO-Vertreter:innen im Gremium', 'Seats of MO representatives on the committee'),
    description: t(
      'K2: Sitze von MO-Vertreter:innen im Integrationsrat/-ausschuss; Sitzanteil 0 % → 0, 33,3 % → 100 Punkte.',
      'K2: seats of MO representatives on the integration council; seat share 0 % → 0, 33.3 % → 100 points.',
    ),
    unit: 'count',
    kind: 'support',
    criterion: 'K2',
    scoring: { type: 'goalposts', goalposts: { low: 0, high: 100 / 3 }, basis: 'seatShare' },
  },
  {
    id: 'gremium_sitze_gesamt',
    label: t('Sitze im Gremium insgesamt', 'Total seats on the committee'),
    description: t(
      'Gesamtzahl der Sitze im Integrationsrat/-ausschuss (Grundlage des Sitzanteils).',
      'Total seats on the integration council (basis of the seat share).',
    ),
    unit: 'count',
    kind: 'context',
  },
  {
    id: 'foerderform',
    label: t('Förderform', 'Form of funding'),
    description: t('K3 Leitindikator: Wie wird die Arbeit des Verbunds gefördert?', 'K3 lead item: how is the network’s work funded?'),
    unit: 'rung',
    kind: 'lead',
    criterion: 'K3',
    scoring: {
      type: 'rungs',
      rungs: [
        rung('keine', 'none', 0, 1),
        rung('projektbezogen', 'project-based', 20, 1),
        rung('regelmäßig', 'regular', 45, 2),
        rung('teil-institutionell', 'partly institutional', 65, 2),
        rung('institutionell', 'institutional', 100, 3),
      ],
    },
  },
  {
    id: 'raeume',
    label: t('Räume', 'Premises'),
    description: t('K3: Welche Räume stehen dem Verbund zur Verfügung?', 'K3: what premises does the network have?'),
    unit: 'rung',
    kind: 'support',
    criterion: 'K3',
    scoring: {
      type: 'rungs',
      rungs: [
        rung('keine', 'none', 0),
        rung('wie andere Vereine', 'like other associations', 33),
        rung('eigene Räume', 'own premises', 67),
        rung('kofinanziertes Zentrum', 'co-funded centre', 100),
      ],
    },
  },
  {
    id: 'qualifizierung',
    label: t('Qualifizierungs-/Beratungsangebote für MO', 'Training/advice for MOs'),
    description: t(
      'K3: Gibt es Qualifizierungs- oder Beratungsangebote für MO? (ja/nein)',
      'K3: are there training or advice offers for MOs? (yes/no)',
    ),
    unit: 'yesno',
    kind: 'support',
    criterion: 'K3',
    scoring: yesno,
  },
  {
    id: 'foerdervolumen_eur',
    label: t('Fördervolumen (EUR/Jahr)', 'Funding volume (EUR/year)'),
    description: t(
      'K3: Jährliche kommunale Förderung der MO-Arbeit in Euro; je Person mit Migrationsgeschichte 0 € → 0, 10 € → 100 Punkte.',
      'K3: annual municipal funding of MO work in euros; per person with a migration history 0 € → 0, 10 € → 100 points.',
    ),
    unit: 'eur',
    kind: 'support',
    criterion: 'K3',
    scoring: { type: 'goalposts', goalposts: { low: 0, high: 10 }, basis: 'perPersonWithMigrationHistory' },
  },
]);

export const INDICATOR_BY_ID: ReadonlyMap<string, Indicator> = new Map(CATALOGUE.map((i) => [i.id, i]));

export function indicator(id: string): Indicator {
  const found = INDICATOR_BY_ID.get(id);
  if (!found) throw new Error(`unknown indicator ${id}`);
  return found;
}

export const SCORED_ITEMS: readonly Indicator[] = CATALOGUE.filter((i) => i.kind === 'lead' || i.kind === 'support');
