import * as React from 'react';
import { Body1, Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { CRITERIA, roman } from '../../core/model/level';
import { RowResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { CRITERION_LABEL, PROFILE } from '../result-texts';
import { formatScore, say } from '../texts';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    flexGrow: 1,
    flexBasis: '140px',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
  },
  detail: {
    color: tokens.colorNeutralForeground2,
  },
});

export interface CriterionLevelsProps {
  row: RowResult;
  lang: Lang;
  headingId: string;
}

/** The three criteria with level and score, estimated levels marked in words. */
export function CriterionLevels({ row, lang, headingId }: CriterionLevelsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-labelledby={headingId}>
      {CRITERIA.map((c) => {
        const k = row.criteria[c];
        const level = k.level === null ? PROFILE.levelUnknown[lang] : say(PROFILE.level, lang, { level: roman(k.level) });
        const score = k.score === null ? '' : ` · ${say(PROFILE.points, lang, { score: formatScore(k.score, lang) })}`;
        return (
          <li key={c} className={styles.item}>
            <Body1Strong>
              {c} {CRITERION_LABEL[c][lang]}
            </Body1Strong>
            <Body1 className={styles.detail}>
              {level}
              {k.estimated ? ` (${PROFILE.estimated[lang]})` : ''}
              {score}
            </Body1>
          </li>
        );
      })}
    </ul>
  );
}
