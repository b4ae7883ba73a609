import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { roman } from '../../core/model/level';
import { CriterionResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { UI, formatScore } from '../texts';

const useStyles = makeStyles({
  value: {
    display: 'flex',
    flexDirection: 'column',
    whiteSpace: 'nowrap',
  },
  level: {
    fontWeight: tokens.fontWeightSemibold,
  },
  score: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface CriterionValueProps {
  result: CriterionResult;
  lang: Lang;
}

/** Level (I–III, marked when estimated) over the 0–100 score of one criterion. */
export function CriterionValue({ result, lang }: CriterionValueProps): React.JSX.Element {
  const styles = useStyles();
  const level = result.level === null ? '–' : roman(result.level);
  return (
    <span className={styles.value}>
      <span className={styles.level} title={result.estimated ? UI.estimated[lang] : undefined}>
        {result.estimated ? `${level}*` : level}
      </span>
      <span className={styles.score}>{result.score === null ? UI.noScore[lang] : formatScore(result.score, lang)}</span>
    </span>
  );
}
