import type { CommandName } from './args';

/** Help texts: German first, an English summary after. Exit codes are documented once, in EXIT_CODES. */

const EXIT_CODES = `Exit-Codes:
  0  erfolgreich
  1  check: die Prüfung hat Fehler gefunden (nur Warnungen: 0)
  2  Aufruf fehlerhaft: unbekannter Befehl oder unbekannte Option, ungültiger Wert,
     Ausgabedatei vorhanden (ohne --force) oder gleich der Eingabedatei
  3  Eingabe nicht lesbar: keine .xlsx-Datei (.xls, .csv, .ods), kennwortgeschützt, beschädigt,
     Tabelle oder Blatt fehlt, Tabelle ohne Datenzeilen, verbundene Zellen in der Kopfzeile
  70 interner Fehler des Programms (bitte mit der Meldung melden)`;

const EXIT_CODES_EN = `Exit codes: 0 ok · 1 check found errors · 2 usage error · 3 unreadable input · 70 internal error.`;

export const PROGRAM_HELP = `kooperationsmonitor – Typologie der Zusammenarbeit von Kommunen mit migrantischen Verbünden

Aufruf:
  kooperationsmonitor <Befehl> [Optionen]

Befehle:
  report <eingabe.xlsx>   Bericht berechnen: neue Mappe mit den Eingabeblättern und den Blättern
                          Typologie, Vergleich, Profile (Radardiagramme), Methodik und Prüfbericht
  template                leere Vorlage (Blatt „Indikatoren“) schreiben; mit --sample die Beispieldaten
  check <eingabe.xlsx>    nur prüfen: Prüfbericht ausgeben; Exit-Code 1 bei Fehlern

  kooperationsmonitor <Befehl> --help    Hilfe zu einem Befehl
  kooperationsmonitor --version          Programmversion

${EXIT_CODES}

English: computes the cooperation typology from an indicator workbook (report), writes the input
template (template) or validates a workbook (check). Run "<command> --help" for details.
${EXIT_CODES_EN}
`;

const REPORT_HELP = `kooperationsmonitor report <eingabe.xlsx> [Optionen]

Liest die Indikatorentabelle, berechnet die Typen und schreibt eine NEUE Arbeitsmappe: die Blätter
der Eingabe unverändert, dazu Typologie, Vergleich, Profile, Methodik und Prüfbericht (mit --lang en
die englischen Blätter Typology, Comparison, Profiles, Method, Validation). Die Eingabedatei wird nie
verändert. Prüfbefunde stehen im Prüfbericht; sie ändern den Exit-Code von report nicht (siehe check).

Optionen:
  -o, --output DATEI     Ausgabedatei (.xlsx); Standard: <eingabe>-bericht.xlsx neben der Eingabe
      --table NAME       Excel-Tabelle mit den Indikatoren (Standard: Indikatoren)
      --sheet NAME       statt einer Tabelle den belegten Bereich dieses Blatts lesen (erste Zeile = Kopfzeile)
      --year JAHR        Jahr für Vergleich und Profile (Standard: das letzte Jahr der Daten)
      --rule REGEL       Typregel: mehrheit (Standard), streng oder kompensatorisch
      --lang de|en       Sprache der Berichtsblätter und Meldungen (Standard: de)
      --profiles LISTE   Kommunen mit eigenem Radardiagramm, durch Kommas getrennt, höchstens 30,
                         z. B. --profiles "Dortmund,Halle (Saale)" (Standard: die ersten 30)
      --force            eine vorhandene Ausgabedatei überschreiben (nie die Eingabedatei)
      --json             Ergebnis als JSON auf stdout (Format siehe unten)
  -q, --quiet            keine Fortschrittsmeldungen auf stderr
  -h, --help             diese Hilfe

Werte der Eingabe: Formeln zählen mit ihrem zuletzt berechneten Ergebnis; Formelfehler (#DIV/0!, #NV …)
erscheinen als Befund im Prüfbericht mit Zelladresse. Datumszellen werden als Excel-Seriennummer
gelesen, wie im Add-in. Verbundene Zellen in der Kopfzeile werden abgelehnt.

Was die Berichtsdatei von der Eingabe nicht übernimmt (ExcelJS liest es nicht): Diagramme,
Diagrammblätter, PivotTables, Datenschnitte, Makros, Formen, Verknüpfungen zu anderen Mappen.
Zellwerte, Zahlenformate, Tabellen, Notizen und Bilder bleiben erhalten; report meldet auf stderr,
wenn die Eingabe Nicht-Übernommenes enthält. Blätter der Eingabe mit dem Namen eines Berichtsblatts
(ein älterer Bericht) werden ersetzt.

Große Eingaben: 110.000 Zeilen brauchen etwa 5 Minuten und 4,3 GB Speicher; mit
NODE_OPTIONS=--max-old-space-size=8192 etwa 3 Minuten (5,6 GB). Bei noch größeren Tabellen diese
Einstellung setzen, sonst kann Node.js der Speicher ausgehen.

JSON (--json): ein Objekt {format: "kooperationsmonitor-ergebnis", formatVersion: 1, command,
appVersion, runAt, input, output, method, years, summary: {rows, types: {I, II, III,
nichtBestimmbar}, errors, warnings}, rows: [RowResult…], issues: [ValidationIssue…]}; eine Zeile je
Ergebnis. Felder kommen innerhalb von formatVersion 1 nur hinzu.

${EXIT_CODES}

English: reads the indicator table (--table, or --sheet for a sheet's used range), computes the types
and writes a new workbook with the input sheets unchanged plus the five report sheets. Never writes
over the input; an existing output needs --force. --json prints the results as JSON on stdout.
${EXIT_CODES_EN}
`;

const TEMPLATE_HELP = `kooperationsmonitor template [Optionen]

Schreibt die Eingabevorlage: das Blatt „Indikatoren“ mit der Tabelle „Indikatoren“, Spaltenköpfen mit
Erläuterungen, Auswahllisten und Zahlenformaten; mit --sample gefüllt mit den Beispieldaten (die fünf
Verbünde des Arbeitspapiers, mit Belegen als Notizen).

Optionen:
  -o, --output DATEI     Ausgabedatei (.xlsx); Standard: vorlage.xlsx im aktuellen Ordner
      --sample           mit den eingebauten Beispieldaten
      --lang de|en       Sprache der Spaltenköpfe (Standard: de)
      --force            eine vorhandene Ausgabedatei überschreiben
  -q, --quiet            keine Fortschrittsmeldungen auf stderr
  -h, --help             diese Hilfe

${EXIT_CODES}

English: writes the empty input template, or with --sample the template filled with the built-in sample.
${EXIT_CODES_EN}
`;

const CHECK_HELP = `kooperationsmonitor check <eingabe.xlsx> [Optionen]

Liest die Indikatorentabelle wie report und gibt den Prüfbericht aus: Schwere, Blatt!Zelle, Indikator,
gefundener Wert und Meldung. Schreibt keine Datei. Exit-Code 1, wenn Fehler gefunden wurden; Warnungen
allein ergeben 0.

Optionen:
      --table NAME       Excel-Tabelle mit den Indikatoren (Standard: Indikatoren)
      --sheet NAME       statt einer Tabelle den belegten Bereich dieses Blatts lesen
      --lang de|en       Sprache der Meldungen (Standard: de)
      --json             Ergebnis als JSON auf stdout (dasselbe Format wie bei report, output: null)
  -q, --quiet            keine Fortschrittsmeldungen auf stderr
  -h, --help             diese Hilfe

${EXIT_CODES}

English: validates the indicator table and prints the findings; exit code 1 when there are errors.
${EXIT_CODES_EN}
`;

export const COMMAND_HELP: Readonly<Record<CommandName, string>> = { report: REPORT_HELP, template: TEMPLATE_HELP, check: CHECK_HELP };
