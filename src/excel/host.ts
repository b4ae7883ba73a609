/**
 * What the add-in needs from its host: a way to run a batch against the workbook (Excel.run's shape)
 * and a way to ask for a requirement set. Injected, so tests and the browser preview can hand in a fake.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  run: ExcelRun;
  /** Whether ExcelApi `version` (e.g. "1.9") is available. */
  supports: (version: string) => boolean;
}

/** The real host inside Office. Only call after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}
