import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { RunResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { CHECK } from '../step-texts';
import { joinWords, say, sayCount } from '../texts';
import { leftOut } from '../workflow/summary';

export interface CheckSummaryProps {
  result: RunResult;
  lang: Lang;
}

/** One message over the findings: errors (and what a run leaves out), else warnings, else all clear. */
export function CheckSummary({ result, lang }: CheckSummaryProps): React.JSX.Element {
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  if (errors > 0) {
    const left = leftOut(result);
    const parts = [
      ...(left.rows > 0 ? [sayCount(lang, left.rows, CHECK.leftRow, CHECK.leftRows)] : []),
      ...(left.cells > 0 ? [sayCount(lang, left.cells, CHECK.leftCell, CHECK.leftCells)] : []),
    ];
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{sayCount(lang, errors, CHECK.errorTitle, CHECK.errorsTitle)}</MessageBarTitle>{' '}
          {say(CHECK.errorsBody, lang, { what: parts.length > 0 ? joinWords(parts, lang) : CHECK.leftNothing[lang] })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (warnings > 0) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{sayCount(lang, warnings, CHECK.warningTitle, CHECK.warningsTitle)}</MessageBarTitle> {CHECK.warningsBody[lang]}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{CHECK.cleanTitle[lang]}</MessageBarTitle> {say(CHECK.clean, lang, { rows: result.input.rowsRead })}
      </MessageBarBody>
    </MessageBar>
  );
}
