import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import { DATA } from '../step-texts';
import { joinWords, say } from '../texts';
import { InputSummary } from '../workflow/summary';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: {
    fontWeight: tokens.fontWeightSemibold,
  },
  value: {
    margin: 0,
  },
});

export interface InputFactsProps {
  summary: InputSummary;
  lang: Lang;
}

/** What the read found: rows (and how many can be computed), Kommunen, years. */
export function InputFacts({ summary, lang }: InputFactsProps): React.JSX.Element {
  const styles = useStyles();
  const years = summary.years.length === 0 ? DATA.noYears[lang] : joinWords(summary.years.map(String), lang);
  return (
    <dl className={styles.list} aria-label={DATA.foundHeading[lang]}>
      <dt className={styles.term}>{DATA.rows[lang]}</dt>
      <dd className={styles.value}>{say(DATA.rowsValue, lang, { rows: summary.rowsRead, scored: summary.rowsScored })}</dd>
      <dt className={styles.term}>{DATA.kommunen[lang]}</dt>
      <dd className={styles.value}>{summary.kommunen}</dd>
      <dt className={styles.term}>{DATA.years[lang]}</dt>
      <dd className={styles.value}>{years}</dd>
    </dl>
  );
}
