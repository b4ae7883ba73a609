/** The messages after a successful action: what happened and what to do next. */
import { RULE_LABEL } from '../../core/describe';
import { ValidationIssue } from '../../core/model/issue';
import { Method } from '../../core/model/method';
import { RunResult } from '../../core/model/result';
import { t } from '../../core/model/text';
import { METHOD } from '../method-texts';
import { COMPUTE } from '../result-texts';
import { DATA } from '../step-texts';
import { fill } from '../texts';
import { Notice } from './notice';
import { summarise } from './summary';

export function computedNotice(result: RunResult, sheets: readonly string[]): Notice {
  return {
    intent: 'success',
    title: COMPUTE.doneTitle,
    body: fill(COMPUTE.done, {
      rows: result.input.rowsScored,
      kommunen: summarise(result).kommunen,
      rule: RULE_LABEL[result.method.rule],
      sheets: sheets.join(', '),
    }),
  };
}

export const CANCELLED_NOTICE: Notice = { intent: 'info', title: COMPUTE.cancelledTitle, body: COMPUTE.cancelled };

export function templateNotice(sample: boolean, sheet: string): Notice {
  return sample
    ? { intent: 'success', title: DATA.sampleDoneTitle, body: fill(DATA.sampleDone, { sheet }) }
    : { intent: 'success', title: DATA.templateDoneTitle, body: fill(DATA.templateDone, { sheet }) };
}

export function yearNotice(added: number): Notice {
  return added === 0
    ? { intent: 'info', title: DATA.yearNoneTitle, body: DATA.yearNone }
    : { intent: 'success', title: DATA.yearDoneTitle, body: fill(DATA.yearDone, { added }) };
}

const SELECTED = {
  title: t('Zelle {cell} ausgewählt', 'Cell {cell} selected'),
  body: t(
    'Die Zelle steht auf dem Blatt „{sheet}“. Korrigieren Sie den Wert dort und wählen Sie dann unter „Daten“ „Neu einlesen“.',
    'The cell is on the sheet "{sheet}". Correct the value there, then choose "Read again" under "Data".',
  ),
};

export function selectedNotice(issue: ValidationIssue): Notice {
  return {
    intent: 'info',
    title: fill(SELECTED.title, { cell: issue.cell }),
    body: fill(SELECTED.body, { sheet: issue.sheet }),
  };
}

/** After saving the method; `computedBefore`: sheets from an earlier run exist and now need a new run. */
export function methodNotice(method: Method, computedBefore: boolean): Notice {
  const n = (x: number) => ({ de: x.toLocaleString('de-DE'), en: x.toLocaleString('en-GB') });
  return {
    intent: 'success',
    title: METHOD.savedTitle,
    body: fill(computedBefore ? METHOD.saved : METHOD.savedFirst, {
      rule: RULE_LABEL[method.rule],
      lead: n(method.weights.lead),
      support: n(method.weights.support),
    }),
  };
}
