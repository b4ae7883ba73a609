import * as React from 'react';
import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { RunResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { UI, say } from '../texts';
import { IssueList } from './IssueList';
import { ResultsTable } from './ResultsTable';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  summary: {
    color: tokens.colorNeutralForeground2,
  },
});

export interface SampleResultsProps {
  /** Computes the results to show; called once per mount. */
  computeResult: () => RunResult;
  lang: Lang;
}

export function SampleResults({ computeResult, lang }: SampleResultsProps): React.JSX.Element {
  const styles = useStyles();
  const result = React.useMemo(computeResult, [computeResult]);
  return (
    <section className={styles.section}>
      <Subtitle1 as="h2" className={styles.heading}>
        {UI.sampleHeading[lang]}
      </Subtitle1>
      <Body1 className={styles.summary}>{say(UI.sampleSummary, lang, { rows: result.rows.length, years: result.years.join(', ') })}</Body1>
      <IssueList issues={result.issues} lang={lang} />
      {result.rows.length === 0 ? <Body1>{UI.noRows[lang]}</Body1> : <ResultsTable rows={result.rows} lang={lang} />}
    </section>
  );
}
