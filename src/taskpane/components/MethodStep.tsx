import * as React from 'react';
import { Body1, Button, Field, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { RULE_LABEL } from '../../core/describe';
import { Method, TYPE_RULES, TypeRule } from '../../core/model/method';
import { Lang } from '../../core/model/text';
import { METHOD, RULE_EXPLAINED } from '../method-texts';
import { checkDraft, defaultDraft, draftOf, isDirty, MethodDraft } from '../workflow/method-draft';
import { Section } from './Section';
import { WeightField } from './WeightField';

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground2,
  },
  heading: {
    margin: 0,
  },
  weights: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

export interface MethodStepProps {
  /** The method stored in the workbook; null while loading. */
  method: Method | null;
  busy: boolean;
  lang: Lang;
  onSave: (method: Method) => void;
}

/** Step 5: the type rule and the weights; saved into the workbook, so shared workbooks give the same results. */
export function MethodStep({ method, busy, lang, onSave }: MethodStepProps): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<MethodDraft | null>(method && draftOf(method));
  React.useEffect(() => {
    setDraft(method && draftOf(method));
  }, [method]);
  if (method === null || draft === null) {
    return (
      <Section title={METHOD.heading[lang]}>
        <Body1 as="p">{busy ? METHOD.loading[lang] : METHOD.unavailable[lang]}</Body1>
      </Section>
    );
  }
  const check = checkDraft(draft);
  const dirty = isDirty(draft, method);
  const save = () => {
    if (check.method) onSave(check.method);
  };
  return (
    <Section title={METHOD.heading[lang]}>
      <Body1 as="p" className={styles.hint}>
        {METHOD.intro[lang]}
      </Body1>
      <Field label={METHOD.ruleLabel[lang]}>
        <RadioGroup value={draft.rule} disabled={busy} onChange={(_, data) => setDraft({ ...draft, rule: data.value as TypeRule })}>
          {TYPE_RULES.map((rule) => (
            <Radio key={rule} value={rule} label={`${RULE_LABEL[rule][lang]}: ${RULE_EXPLAINED[rule][lang]}`} />
          ))}
        </RadioGroup>
      </Field>
      <Subtitle2 as="h3" className={styles.heading}>
        {METHOD.weightsHeading[lang]}
      </Subtitle2>
      <div className={styles.weights}>
        <WeightField
          label={METHOD.leadLabel[lang]}
          hint={METHOD.leadHint[lang]}
          invalidMessage={check.leadValid ? undefined : METHOD.leadInvalid[lang]}
          value={draft.lead}
          disabled={busy}
          onChange={(lead) => setDraft({ ...draft, lead })}
        />
        <WeightField
          label={METHOD.supportLabel[lang]}
          hint={METHOD.supportHint[lang]}
          invalidMessage={check.supportValid ? undefined : METHOD.supportInvalid[lang]}
          value={draft.support}
          disabled={busy}
          onChange={(support) => setDraft({ ...draft, support })}
        />
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || !dirty || check.method === null} onClick={save}>
          {METHOD.save[lang]}
        </Button>
        <Button disabled={busy} onClick={() => setDraft(defaultDraft())}>
          {METHOD.reset[lang]}
        </Button>
      </div>
      <Body1 as="p" role="status" className={styles.hint}>
        {dirty ? (check.method === null ? METHOD.invalid[lang] : METHOD.unsaved[lang]) : ''}
      </Body1>
    </Section>
  );
}
