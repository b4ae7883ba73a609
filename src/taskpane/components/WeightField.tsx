import * as React from 'react';
import { Field, Input, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  weight: {
    maxWidth: '12em',
  },
});

export interface WeightFieldProps {
  label: string;
  hint: string;
  /** Shown (as an error) when the value is not a valid weight. */
  invalidMessage: string | undefined;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** A labelled number input for one item weight of the method. */
export function WeightField({ label, hint, invalidMessage, value, disabled, onChange }: WeightFieldProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint} validationState={invalidMessage ? 'error' : 'none'} validationMessage={invalidMessage}>
      <Input
        className={styles.weight}
        type="number"
        inputMode="decimal"
        min={0}
        step={0.5}
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
