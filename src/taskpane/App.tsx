import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { RunResult } from '../core/model/result';
import { Lang } from '../core/model/text';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { SampleResults } from './components/SampleResults';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export interface AppProps {
  lang: Lang;
  /** Computes the results shown in the table (the built-in sample for now). */
  computeResult: () => RunResult;
}

export function App({ lang, computeResult }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Header lang={lang} />
      <ErrorBoundary lang={lang}>
        <SampleResults computeResult={computeResult} lang={lang} />
      </ErrorBoundary>
    </main>
  );
}
