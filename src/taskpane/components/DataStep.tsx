import * as React from 'react';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { RunResult } from '../../core/model/result';
import { Lang, Text } from '../../core/model/text';
import type { InputChoices } from '../../excel/inspect-input';
import type { InputSource } from '../../excel/read-input';
import { DATA } from '../step-texts';
import { summarise } from '../workflow/summary';
import { InputFacts } from './InputFacts';
import { Section } from './Section';
import { SourcePicker } from './SourcePicker';

const useStyles = makeStyles({
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  subheading: {
    margin: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
});

export interface DataStepProps {
  source: InputSource;
  choices: InputChoices | null;
  inspection: RunResult | null;
  inputProblem: Text | null;
  busy: boolean;
  lang: Lang;
  onChooseSource: (source: InputSource) => void;
  onReload: () => void;
  onCreateTemplate: (sample: boolean) => void;
  onAddYear: () => void;
}

/** Step 1: which table is the input, what it holds; template, sample and a new year. */
export function DataStep(props: DataStepProps): React.JSX.Element {
  const { source, choices, inspection, inputProblem, busy, lang } = props;
  const styles = useStyles();
  const isSheet = source.table === undefined;
  return (
    <Section title={DATA.heading[lang]}>
      <SourcePicker source={source} choices={choices} disabled={busy} lang={lang} onChoose={props.onChooseSource} />
      {inputProblem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{DATA.noInputTitle[lang]}</MessageBarTitle> {inputProblem[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      {inspection && <InputFacts summary={summarise(inspection)} lang={lang} />}
      <div className={styles.buttons}>
        <Button onClick={props.onReload} disabled={busy}>
          {DATA.reload[lang]}
        </Button>
      </div>
      <Subtitle2 as="h3" className={styles.subheading}>
        {DATA.actionsHeading[lang]}
      </Subtitle2>
      <Body1 as="p" className={styles.hint}>
        {DATA.actionsHint[lang]}
      </Body1>
      <div className={styles.buttons}>
        <Button onClick={() => props.onCreateTemplate(false)} disabled={busy}>
          {DATA.createTemplate[lang]}
        </Button>
        <Button onClick={() => props.onCreateTemplate(true)} disabled={busy}>
          {DATA.loadSample[lang]}
        </Button>
        <Button onClick={props.onAddYear} disabled={busy || isSheet}>
          {DATA.addYear[lang]}
        </Button>
      </div>
      {isSheet && (
        <Body1 as="p" className={styles.hint}>
          {DATA.addYearSheetOnly[lang]}
        </Body1>
      )}
    </Section>
  );
}
