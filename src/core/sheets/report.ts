import { RunResult } from '../model/result';
import { SheetModel } from '../model/sheet';
import { Lang } from '../model/text';
import { buildMethodik } from './methodik';
import { buildProfile } from './profile';
import { buildPruefbericht } from './pruefbericht';
import { buildTypologie } from './typologie';
import { buildVergleich } from './vergleich';

export interface ReportOptions {
  lang: Lang;
  /** Year of the Vergleich and Profile sheets; default: the latest. */
  year?: number | null;
  runAt: string;
  appVersion: string;
  profiles?: readonly string[];
  overlay?: readonly string[];
}

/** The five report sheets of a run, in workbook order. Both renderers write exactly these. */
export function buildReport(result: RunResult, options: ReportOptions): SheetModel[] {
  const year = options.year ?? null;
  const { lang } = options;
  return [
    buildTypologie(result, lang),
    buildVergleich(result, { year, lang, runAt: options.runAt }),
    buildProfile(result, {
      year,
      lang,
      ...(options.profiles ? { profiles: options.profiles } : {}),
      ...(options.overlay ? { overlay: options.overlay } : {}),
    }),
    buildMethodik(result, { lang, runAt: options.runAt, appVersion: options.appVersion }),
    buildPruefbericht(result, lang),
  ];
}
