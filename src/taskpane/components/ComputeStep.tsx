import * as React from 'react';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { RunResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import type { ProgressStep } from '../../excel/compute-report';
import { COMPUTE } from '../result-texts';
import { say } from '../texts';
import { KommuneChoice, MAX_OVERLAY, MAX_PROFILE_CHARTS } from '../workflow/kommune-choice';
import { ComputeProgress } from './ComputeProgress';
import { KommunePicker } from './KommunePicker';
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
  /** The Kommunen of the comparison year, by rank: the options for the charts of the Profile sheet. */
  kommunen: readonly string[];
  choice: KommuneChoice;
  computed: RunResult | null;
  stale: boolean;
  progress: ProgressStep | null;
  busy: boolean;
  lang: Lang;
  onYear: (year: number) => void;
  onProfiles: (names: readonly string[]) => void;
  onOverlay: (names: readonly string[]) => void;
  onCompute: () => void;
  onOpenProfile: (kommune: string) => void;
}

/** Step 3: the comparison year, the Kommunen to chart, one button for the run, its progress and the results by Kommune. */
export function ComputeStep(props: ComputeStepProps): React.JSX.Element {
  const { years, year, kommunen, choice, computed, stale, progress, busy, lang } = props;
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
      {kommunen.length > 0 && (
        <>
          <KommunePicker
            label={COMPUTE.profilesLabel[lang]}
            hint={say(COMPUTE.profilesHint, lang, { max: MAX_PROFILE_CHARTS })}
            options={kommunen}
            selected={choice.profiles}
            max={MAX_PROFILE_CHARTS}
            disabled={busy}
            lang={lang}
            onChange={props.onProfiles}
          />
          <KommunePicker
            label={COMPUTE.overlayLabel[lang]}
            hint={say(COMPUTE.overlayHint, lang, { max: MAX_OVERLAY })}
            options={kommunen}
            selected={choice.overlay}
            max={MAX_OVERLAY}
            disabled={busy}
            lang={lang}
            onChange={props.onOverlay}
          />
        </>
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
