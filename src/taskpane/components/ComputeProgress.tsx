import * as React from 'react';
import { Field, ProgressBar } from '@fluentui/react-components';
import { Lang, Text } from '../../core/model/text';
import type { ProgressStep } from '../../excel/compute-report';
import { COMPUTE } from '../result-texts';
import { say } from '../texts';

const STEPS: ReadonlyArray<{ step: ProgressStep; label: Text }> = [
  { step: 'lesen', label: COMPUTE.stepLesen },
  { step: 'berechnen', label: COMPUTE.stepBerechnen },
  { step: 'schreiben', label: COMPUTE.stepSchreiben },
  { step: 'abschliessen', label: COMPUTE.stepAbschliessen },
];

export interface ComputeProgressProps {
  step: ProgressStep;
  lang: Lang;
}

/** The run's progress: a bar and the current step in words. */
export function ComputeProgress({ step, lang }: ComputeProgressProps): React.JSX.Element {
  const index = Math.max(
    0,
    STEPS.findIndex((s) => s.step === step),
  );
  const text = say(COMPUTE.progress, lang, { n: index + 1, step: STEPS[index]!.label[lang] });
  return (
    <Field label={COMPUTE.progressLabel[lang]} validationMessage={text} validationState="none">
      <ProgressBar value={(index + 1) / STEPS.length} max={1} thickness="large" aria-valuetext={text} />
    </Field>
  );
}
