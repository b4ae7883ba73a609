import { t } from '../model/text';

/**
 * Beispieldaten: the five networks of the working paper "Platzierungstypen" (Dortmund, Mönchengladbach,
 * Halle (Saale), Nürnberg, Dresden 2024/2025), coded from its text. Every value carries the quoted
 * evidence (Beleg) it was coded from, so an analyst can see where it comes from.
 */
export interface SampleValue {
  value: string | number;
  beleg: string;
}

export interface SampleRow {
  kommune: string;
  jahr: number;
  values: Readonly<Record<string, SampleValue>>;
}

export const SAMPLE_SOURCE = t(
  'Quelle: Arbeitspapier „Platzierungstypen“ (Kapitel 4), Kodierung der fünf Verbünde aus dem Text.',
  'Source: working paper "Platzierungstypen" (chapter 4), coding of the five networks from the text.',
);

export const SAMPLE_ROWS: readonly SampleRow[] = [
  {
    kommune: 'Dortmund',
    jahr: 2025,
    values: {
      einwohner: { value: 614000, beleg: '614.000 Einwohner*innen, davon 43% Zuwanderungsgeschichte (Stand: 2024)' },
      anteil_migrationsgeschichte: { value: 43, beleg: 'davon 43% Zuwanderungsgeschichte (Stand: 2024)' },
      verbund: { value: 'VMDO e.V.', beleg: 'Verbund der sozial-kulturellen Migrantenvereine in Dortmund (VMDO e.V.)' },
      verbund_mitgliedsvereine: { value: 60, beleg: 'ist ein Verbund von 60 Mitgliedsvereinen' },
      gremium_sitze_gesamt: {
        value: 27,
        beleg:
          'Ausschuss für Chancengerechtigkeit und Integration besteht aus 27 Mitgliedern, von denen 18 direkt von den Bürger*innen und 9 aus dem Stadtrat gewählt werden',
      },
      form_zusammenarbeit: {
        value: 'formalisiert',
        beleg: 'es bestehen formalisierte Austausch- und Kooperationsformate (Einordnung VKI, VMDO, VeMo als Typ II)',
      },
      ebene_praxis: {
        value: 'kontinuierliche Aufgaben',
        beleg:
          'Träger einer größeren Zahl lokaler sozial-wohlfahrtlicher und Bildungs- und Kultur-Projekte; lokal willkommen in verschiedenen Stadtteilen',
      },
      ebene_koordination: {
        value: 'Fallsteuerung und Netzwerke',
        beleg:
          'Modellprojekt lokal willkommen ist in Kooperation mit unterschiedlichen Wohlfahrtsverbänden und dem VMDO in verschiedenen Stadtteilen angesiedelt',
      },
      ebene_strategie: {
        value: 'Mitsprache',
        beleg: 'Masterplan Migration/Integration ... in einem partizipativen Prozess; strategische Mitsteuerung ... begrenzt',
      },
      foerderform: {
        value: 'teil-institutionell',
        beleg: 'zumindest Teile der Koordinationsarbeit sind institutionell oder teilinstitutionell abgesichert',
      },
      raeume: { value: 'eigene Räume', beleg: 'mit dem Haus der Vielfalt – einer wichtigen Begegnungsstätte in zentraler Lage' },
    },
  },
  {
    kommune: 'Mönchengladbach',
    jahr: 2025,
    values: {
      verbund: { value: 'VKI e.V.', beleg: 'Verband für Kulturen & Integration (VKI e.V.)' },
      verbund_mitgliedsvereine: { value: 16, beleg: 'Zum VKI, 2018 gegründet, gehören mittlerweile 16 Vereine' },
      form_zusammenarbeit: {
        value: 'formalisiert',
        beleg: 'es bestehen formalisierte Austausch- und Kooperationsformate (Einordnung als Typ II)',
      },
      ebene_praxis: {
        value: 'kontinuierliche Aufgaben',
        beleg:
          'als Koordinator im Rahmen eines breiten und stadtweit finanzierten Netzwerks zur Unterstützung älterer Menschen mit Einwanderungsgeschichte',
      },
      ebene_koordination: {
        value: 'Fallsteuerung und Netzwerke',
        beleg: 'Zeit verstärkter Vernetzung und Zusammenarbeit, bei der der VKI zunehmend ein wichtiger Partner ist (KI/KIM)',
      },
      ebene_strategie: {
        value: 'Mitsprache',
        beleg: 'Fachgespräche zur Entwicklung der Integrationsinfrastruktur; langfristige Partnerschaften statt kurzfristiger Projektlogik',
      },
      foerderform: {
        value: 'teil-institutionell',
        beleg: 'zumindest Teile der Koordinationsarbeit sind institutionell oder teilinstitutionell abgesichert',
      },
      foerdervolumen_eur: {
        value: 30000,
        beleg:
          'Interkulturelles Netzwerk Alter, Pflege und Demenz (Verband der Ersatzkassen insgesamt 90.000€ für drei Jahre) – Drittmittel, 30.000 € je Jahr',
      },
    },
  },
  {
    kommune: 'Nürnberg',
    jahr: 2025,
    values: {
      einwohner: { value: 546400, beleg: '546.400 Personen aus 170 Ländern, davon 51,6 % Zuwanderungsgeschichte (15. Dezember 2025)' },
      anteil_migrationsgeschichte: { value: 51.6, beleg: 'davon 51,6 % Zuwanderungsgeschichte' },
      verbund: { value: 'MOiN e.V.', beleg: 'migrantische Verbund MOiN e.V.' },
      verbund_mitgliedsvereine: { value: 12, beleg: 'Zu MOiN, 2018 gegründet, gehören 12 jüngere Vereine' },
      gremium_sitze_gesamt: {
        value: 30,
        beleg:
          'Integrationsrat, der alle sechs Jahre gewählt wird ... und sich üblicherweise aus 30 Menschen unterschiedlicher Gruppen zusammensetzt',
      },
      form_zusammenarbeit: {
        value: 'anlassbezogen',
        beleg:
          'fehlende regelmäßige kommunale Förderung und das Ausbleiben institutioneller Absicherung; wesentliche Aufgaben lasten auf einzelnen Koordinator:innen',
      },
      ebene_praxis: { value: 'einzelne Projekte', beleg: 'Einordnung als Typ I – symbolisch-kooperativ' },
      ebene_koordination: {
        value: 'gelegentliche Teilnahme',
        beleg: 'AKIM als offenes Informations- und Austauschgremium ... tagt zwei Mal im Jahr. Auch Moin e.V. ist dort vertreten.',
      },
      ebene_strategie: { value: 'keine Beteiligung', beleg: 'Typ I: Keine formale Beteiligung an Steuerung oder Konzeptentwicklung' },
      foerderform: {
        value: 'projektbezogen',
        beleg: 'fehlende regelmäßige kommunale Förderung; Abhängigkeit von kurzfristigen Förderzyklen',
      },
    },
  },
  {
    kommune: 'Dresden',
    jahr: 2024,
    values: {
      verbund: { value: 'Afropa e.V.', beleg: 'Afropa e.V. hat mit dem Weltclub ein zentrales Begegnungszentrum' },
      verbund_mitgliedsvereine: { value: 13, beleg: 'Zum Verbund Afropa e.V., 2016 gegründet, gehören 13 Vereine' },
      form_zusammenarbeit: {
        value: 'formalisiert',
        beleg:
          'In seiner grundsätzlichen Ausrichtung und den aufgebauten Kooperationsstrukturen wäre die Kommune ebenfalls dem Typ II zuzuordnen',
      },
      ebene_praxis: {
        value: 'Trägerverantwortung',
        beleg: 'Übernahme der Geflüchtetensozialarbeit und der Trägerschaft von zwei Unterkünften von 2022–2025',
      },
      ebene_koordination: { value: 'Fallsteuerung und Netzwerke', beleg: 'aufgebaute Kooperationsstrukturen' },
      ebene_strategie: {
        value: 'Mitsprache',
        beleg: 'Afropa bringt ... Expertise ein, die für eine wirksame Umsetzung des Aktionsplans Integration unverzichtbar sind',
      },
      foerderform: { value: 'teil-institutionell', beleg: 'grundsätzliche Ausrichtung Typ II (Förderung teil-institutionell)' },
      raeume: { value: 'eigene Räume', beleg: 'mit dem Weltclub ein zentrales Begegnungszentrum im Herzen der Neustadt' },
    },
  },
  {
    kommune: 'Dresden',
    jahr: 2025,
    values: {
      verbund: { value: 'Afropa e.V.', beleg: 'Afropa e.V.' },
      verbund_mitgliedsvereine: { value: 13, beleg: '13 Vereine' },
      form_zusammenarbeit: { value: 'formalisiert', beleg: 'aufgebaute Kooperationsstrukturen bestehen fort' },
      ebene_praxis: {
        value: 'kontinuierliche Aufgaben',
        beleg: 'Trägerschaft 2022–2025 ausgelaufen; Zusammenarbeit wieder stärker an zeitlich befristete Projekte gebunden',
      },
      ebene_koordination: {
        value: 'Fallsteuerung und Netzwerke',
        beleg: 'zentrale Koordinationsleistungen nicht mehr verlässlich abgesichert',
      },
      ebene_strategie: { value: 'Mitsprache', beleg: 'Aktionsplan Integration' },
      foerderform: {
        value: 'projektbezogen',
        beleg:
          'Aktuelle Projektflauten und fehlende Anschlussfinanzierungen führen jedoch faktisch zu einer Rückbewegung in Richtung Typ I',
      },
      raeume: { value: 'eigene Räume', beleg: 'Weltclub' },
    },
  },
  {
    kommune: 'Halle (Saale)',
    jahr: 2025,
    values: {
      einwohner: { value: 243000, beleg: 'Einwohner:innen: 243.000 davon 18%, also 44.700 Menschen mit Migrationsgeschichte' },
      anteil_migrationsgeschichte: { value: 18, beleg: 'davon 18%' },
      einwohner_migrationsgeschichte: { value: 44700, beleg: 'also 44.700 Menschen mit Migrationsgeschichte' },
      verbund: { value: 'VeMo e.V.', beleg: 'Verband der Migrantenorganisationen Halle e.V. (VeMo)' },
      verbund_mitgliedsvereine: { value: 11, beleg: 'Mit 11 Mitgliedsvereinen und 9 Einzelpersonen' },
      gremium_sitze_gesamt: { value: 9, beleg: 'Migrationsbeirat, der aus neun Personen besteht' },
      gremium_sitze_mo: { value: 1, beleg: 'unter ihnen auch ein Vorstandsmitglied von VeMo' },
      form_zusammenarbeit: {
        value: 'formalisiert',
        beleg: 'in allen Fachgruppen des Beauftragten für Migration und Integration fest eingeplant',
      },
      ebene_praxis: {
        value: 'kontinuierliche Aufgaben',
        beleg: 'fester Ansprechpartner zum Thema Migration, MSO, Arbeit, Ehrenamt, Gesellschaftliches Leben und Deutsch als Fremdsprache',
      },
      ebene_koordination: {
        value: 'Fallsteuerung und Netzwerke',
        beleg: 'Migrationsnetzwerk, in dem ... MSO fest in den Fachgruppen eingeplant sind',
      },
      ebene_strategie: { value: 'Mitsprache', beleg: 'Migrationsbeirat mit einem Vorstandsmitglied von VeMo' },
      foerderform: {
        value: 'teil-institutionell',
        beleg: 'zumindest Teile der Koordinationsarbeit sind institutionell oder teilinstitutionell abgesichert',
      },
    },
  },
];
