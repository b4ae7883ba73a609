import * as React from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ValidationIssue } from '../../core/model/issue';
import { RunResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { CHECK, DATA } from '../step-texts';
import { groupIssues } from '../workflow/summary';
import { CheckSummary } from './CheckSummary';
import { IssueGroupList } from './IssueGroupList';
import { Section } from './Section';

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground2,
  },
  buttons: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
  },
});

export interface CheckStepProps {
  inspection: RunResult | null;
  busy: boolean;
  lang: Lang;
  onSelect: (issue: ValidationIssue) => void;
  onReload: () => void;
}

/** Step 2: the validation findings by severity and indicator, and what a run will leave out. */
export function CheckStep({ inspection, busy, lang, onSelect, onReload }: CheckStepProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Section title={CHECK.heading[lang]}>
      <Body1 as="p" className={styles.hint}>
        {CHECK.intro[lang]}
      </Body1>
      {inspection === null ? (
        <Body1 as="p">{CHECK.noData[lang]}</Body1>
      ) : (
        <>
          <CheckSummary result={inspection} lang={lang} />
          {groupIssues(inspection.issues).map((group) => (
            <IssueGroupList key={group.severity} group={group} lang={lang} disabled={busy} onSelect={onSelect} />
          ))}
        </>
      )}
      <div className={styles.buttons}>
        <Button onClick={onReload} disabled={busy}>
          {DATA.reload[lang]}
        </Button>
      </div>
    </Section>
  );
}
