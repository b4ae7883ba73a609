import * as React from 'react';
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { RunResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { comparisonRows } from '../../core/sheets/vergleich';
import { COMPUTE } from '../result-texts';
import { say } from '../texts';
import { ResultItem } from './ResultItem';

const useStyles = makeStyles({
  heading: {
    margin: 0,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

export interface ResultListProps {
  result: RunResult;
  year: number;
  lang: Lang;
  onOpenProfile: (kommune: string) => void;
}

/** The Kommunen of one year in the order of the Vergleich sheet. */
export function ResultList({ result, year, lang, onOpenProfile }: ResultListProps): React.JSX.Element {
  const styles = useStyles();
  const rows = comparisonRows(result, year);
  const title = say(COMPUTE.resultsHeading, lang, { year });
  return (
    <>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      {rows.length === 0 ? (
        <Body1 as="p">{say(COMPUTE.noRowsForYear, lang, { year })}</Body1>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {rows.map((row) => (
            <ResultItem key={row.kommune} row={row} lang={lang} onOpenProfile={onOpenProfile} />
          ))}
        </ul>
      )}
    </>
  );
}
