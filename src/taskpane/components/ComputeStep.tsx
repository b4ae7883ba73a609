import * as React from 'react';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { RunResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import type { ProgressStep } from '../../excel/compute-report';
import { COMPUTE } from '../result-texts';
import { ComputeProgress } from './ComputeProgress';
import { ResultList } from './ResultList';
import { Section } from './Section';
import { YearSelect } from './YearSelect';

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground2,
  },
  run: {
    alignSelf: 'flex-start',
  },
});

export interface ComputeStepProps {
  /** The years found in the input, for the comparison year. */
  years: readonly number[];
  year: number | null;
  computed: RunResult | null;
  stale: boolean;
  progress: ProgressStep | null;
  busy: boolean;
  lang: Lang;
  onYear: (year: number) => void;
  onCompute: () => void;
  onOpenProfile: (kommune: string) => void;
}

/** Step 3: the comparison year, one button for the run, its progress and the results by Kommune. */
export function ComputeStep(props: ComputeStepProps): React.JSX.Element {
  const { years, year, computed, stale, progress, busy, lang } = props;
  const styles = useStyles();
  return (
    <Section title={COMPUTE.heading[lang]}>
      {year !== null && years.length > 0 && (
        <YearSelect
          label={COMPUTE.yearLabel[lang]}
          hint={COMPUTE.yearHint[lang]}
          years={years}
          year={year}
          disabled={busy}
          onChange={props.onYear}
        />
      )}
      <Body1 as="p" className={styles.hint}>
        {COMPUTE.runHint[lang]}
      </Body1>
      <Button appearance="primary" className={styles.run} disabled={busy} onClick={props.onCompute}>
        {COMPUTE.run[lang]}
      </Button>
      {progress !== null && <ComputeProgress step={progress} lang={lang} />}
      {computed !== null && stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{COMPUTE.staleTitle[lang]}</MessageBarTitle> {COMPUTE.stale[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      {computed === null ? (
        <Body1 as="p">{COMPUTE.notComputed[lang]}</Body1>
      ) : (
        year !== null && <ResultList result={computed} year={year} lang={lang} onOpenProfile={props.onOpenProfile} />
      )}
    </Section>
  );
}
