import * as React from 'react';
import { Body1Strong, Link, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ValidationIssue } from '../../core/model/issue';
import { Lang } from '../../core/model/text';
import { CHECK } from '../step-texts';
import { say } from '../texts';
import { SeverityGroup } from '../workflow/summary';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
  warning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  indicator: {
    margin: 0,
    display: 'block',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  link: {
    display: 'block',
    textAlign: 'left',
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface IssueGroupListProps {
  group: SeverityGroup;
  lang: Lang;
  disabled: boolean;
  onSelect: (issue: ValidationIssue) => void;
}

/** The findings of one severity, by indicator; each finding selects its cell. */
export function IssueGroupList({ group, lang, disabled, onSelect }: IssueGroupListProps): React.JSX.Element {
  const styles = useStyles();
  const isError = group.severity === 'error';
  return (
    <div className={styles.group}>
      <Subtitle2 as="h3" className={mergeClasses(styles.heading, isError ? styles.error : styles.warning)}>
        {say(isError ? CHECK.groupErrors : CHECK.groupWarnings, lang, { n: group.count })}
      </Subtitle2>
      {group.groups.map((g) => (
        <div key={g.indicator ?? ''}>
          <Body1Strong as="h4" className={styles.indicator}>
            {g.label ? g.label[lang] : CHECK.generalGroup[lang]}
          </Body1Strong>
          <ul className={styles.list}>
            {g.issues.map((issue) => (
              <li key={`${issue.code}\u0000${issue.sheet}\u0000${issue.cell}`} className={styles.item}>
                <Link as="button" className={styles.link} disabled={disabled} onClick={() => onSelect(issue)}>
                  <span className={styles.cell}>{say(CHECK.cell, lang, { cell: issue.cell })}:</span> {issue.message[lang]}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
