import * as React from 'react';
import { Body1, Body1Strong, Button, makeStyles, tokens } from '@fluentui/react-components';
import { TYPE_NAME, describeTrend, describeTypeFlags } from '../../core/describe';
import { RowResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { COMPUTE } from '../result-texts';
import { say } from '../texts';
import { TypeBadge } from './TypeBadge';
import { useVisuallyHidden } from './visually-hidden';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  typeName: {
    color: tokens.colorNeutralForeground2,
  },
  label: {
    fontWeight: tokens.fontWeightSemibold,
  },
  flags: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  action: {
    alignSelf: 'flex-start',
  },
});

export interface ResultItemProps {
  row: RowResult;
  lang: Lang;
  onOpenProfile: (kommune: string) => void;
}

/** One Kommune of the year: type badge, the flags in words, the change against its previous year. */
export function ResultItem({ row, lang, onOpenProfile }: ResultItemProps): React.JSX.Element {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const trend = describeTrend(row, lang);
  const change =
    row.trend === null
      ? [COMPUTE.noPrevious[lang]]
      : trend.length > 0
        ? trend
        : [say(COMPUTE.unchanged, lang, { year: row.trend.previousYear })];
  return (
    <li className={styles.item}>
      <h4 className={styles.head}>
        <Body1Strong>{row.kommune}</Body1Strong>
        <TypeBadge type={row.type} lang={lang} />
        {row.type !== null && <Body1 className={styles.typeName}>{TYPE_NAME[row.type][lang]}</Body1>}
      </h4>
      <Body1>
        <span className={styles.label}>{COMPUTE.flags[lang]}:</span> {describeTypeFlags(row, lang).join('; ')}
      </Body1>
      <Body1>
        <span className={styles.label}>{COMPUTE.change[lang]}:</span> {change.join('; ')}
      </Body1>
      <Button size="small" className={styles.action} onClick={() => onOpenProfile(row.kommune)}>
        {COMPUTE.openProfile[lang]}
        <span className={hidden.root}>: {row.kommune}</span>
      </Button>
    </li>
  );
}
