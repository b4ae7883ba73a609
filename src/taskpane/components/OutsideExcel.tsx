import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import { UI } from '../texts';

export interface OutsideExcelProps {
  lang: Lang;
}

/** Shown when the page is opened outside Excel: the pane needs a workbook. */
export function OutsideExcel({ lang }: OutsideExcelProps): React.JSX.Element {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{UI.outsideExcelTitle[lang]}</MessageBarTitle> {UI.outsideExcel[lang]}
      </MessageBarBody>
    </MessageBar>
  );
}
