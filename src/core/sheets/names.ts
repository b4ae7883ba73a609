import { SheetKey } from '../model/sheet';
import { Lang, Text, t } from '../model/text';

/** Sheet names of the add-in's own sheets, in German and English. */
export const SHEET_NAME: Readonly<Record<SheetKey, Text>> = {
  indikatoren: t('Indikatoren', 'Indicators'),
  typologie: t('Typologie', 'Typology'),
  vergleich: t('Vergleich', 'Comparison'),
  profile: t('Profile', 'Profiles'),
  methodik: t('Methodik', 'Method'),
  pruefbericht: t('Prüfbericht', 'Validation'),
};

export const REPORT_SHEETS: readonly SheetKey[] = ['typologie', 'vergleich', 'profile', 'methodik', 'pruefbericht'];

export function sheetName(key: SheetKey, lang: Lang): string {
  return SHEET_NAME[key][lang];
}

/** Table (ListObject) names; Excel wants them unique in the workbook and without spaces. */
export const TABLE_NAME = { indikatoren: 'Indikatoren', typologie: 'KM_Typologie', pruefbericht: 'KM_Pruefbericht' } as const;
