import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import { UI } from '../texts';
import { Notice } from '../workflow/notice';
import { DismissIcon } from './DismissIcon';

export interface NoticeBarProps {
  notice: Notice;
  lang: Lang;
  onDismiss: () => void;
}

/** The message after an action: title, what happened and what to do next; dismissable. */
export function NoticeBar({ notice, lang, onDismiss }: NoticeBarProps): React.JSX.Element {
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.title[lang]}</MessageBarTitle> {notice.body[lang]}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" icon={<DismissIcon />} aria-label={UI.dismiss[lang]} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
