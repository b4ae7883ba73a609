import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ValidationIssue } from '../../core/model/issue';
import { Lang } from '../../core/model/text';
import { UI } from '../texts';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

export interface IssueListProps {
  issues: readonly ValidationIssue[];
  lang: Lang;
}

/** Findings of the input validation, one message bar each, with the cell they point at. */
export function IssueList({ issues, lang }: IssueListProps): React.JSX.Element | null {
  const styles = useStyles();
  if (issues.length === 0) return null;
  return (
    <div className={styles.list}>
      {issues.map((issue) => (
        <MessageBar key={`${issue.code}\u0000${issue.sheet}\u0000${issue.cell}`} intent={issue.severity}>
          <MessageBarBody>
            <MessageBarTitle>
              {issue.severity === 'error' ? UI.issueError[lang] : UI.issueWarning[lang]} ({issue.sheet}!{issue.cell})
            </MessageBarTitle>
            {issue.message[lang]}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
