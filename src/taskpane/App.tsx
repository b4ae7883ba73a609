import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../core/model/text';
import type { WorkbookApi } from '../excel/workbook-api';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { Pane } from './components/Pane';

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
});

export interface AppProps {
  lang: Lang;
  /** Everything the pane does with the workbook (Office.js in Excel, the fake host in the preview and tests). */
  api: WorkbookApi;
  appVersion: string;
  /** Clock for the run's timestamp; tests pass a fixed one. */
  now?: () => Date;
}

/** The task pane: title, and the workflow under the one error boundary. */
export function App({ lang, api, appVersion, now }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Header lang={lang} />
      <ErrorBoundary lang={lang}>
        <Pane api={api} lang={lang} appVersion={appVersion} {...(now ? { now } : {})} />
      </ErrorBoundary>
    </main>
  );
}
