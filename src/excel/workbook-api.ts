import { Method } from '../core/model/method';
import { RunResult } from '../core/model/result';
import { Lang } from '../core/model/text';
import { computeReport, ComputeOutcome, ComputeRequest } from './compute-report';
import { ExcelHost } from './host';
import { inspectInput, InputChoices, listInputChoices } from './inspect-input';
import { loadMethod, saveMethod } from './method-store';
import { InputSource } from './read-input';
import { addNewYear, createTemplate, selectCell } from './template';

/**
 * Everything the task pane and the ribbon command may do with the workbook. Components receive this
 * object and never see Office.js; tests and the preview build it on the fake host.
 */
export interface WorkbookApi {
  listInputChoices(): Promise<InputChoices>;
  inspect(source: InputSource, method?: Method): Promise<RunResult>;
  compute(request: ComputeRequest): Promise<ComputeOutcome>;
  createTemplate(lang: Lang, sample: boolean): Promise<{ sheet: string }>;
  addNewYear(table?: string): Promise<{ added: number }>;
  selectCell(sheet: string, cell: string): Promise<void>;
  loadMethod(): Promise<Method>;
  saveMethod(method: Method): Promise<void>;
}

export function workbookApi(host: ExcelHost): WorkbookApi {
  return {
    listInputChoices: () => listInputChoices(host),
    inspect: (source, method) => inspectInput(host, source, method),
    compute: (request) => computeReport(host, request),
    createTemplate: (lang, sample) => createTemplate(host, { lang, sample }),
    addNewYear: (table) => addNewYear(host, table),
    selectCell: (sheet, cell) => selectCell(host, sheet, cell),
    loadMethod: () => loadMethod(host),
    saveMethod: (method) => saveMethod(host, method),
  };
}
