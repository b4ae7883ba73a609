import * as React from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { COMMAND } from './command-texts';
import { NotificationPage } from './notification-query';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    margin: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
  close: {
    alignSelf: 'flex-end',
  },
});

export interface NotificationViewProps {
  page: NotificationPage;
  /** Absent when the page cannot reach Excel (opened directly); then the button is not shown. */
  onClose?: () => void;
}

/** The ribbon command's outcome: one message bar, and a close button. */
export function NotificationView({ page, onClose }: NotificationViewProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1" className={styles.title}>
        {page.title}
      </Subtitle1>
      <MessageBar intent={page.intent} layout="multiline">
        <MessageBarBody>{page.text}</MessageBarBody>
      </MessageBar>
      <Body1 as="p" className={styles.hint}>
        {COMMAND.closesSoon[page.lang]}
      </Body1>
      {onClose && (
        <Button className={styles.close} appearance="primary" onClick={onClose}>
          {COMMAND.close[page.lang]}
        </Button>
      )}
    </main>
  );
}
