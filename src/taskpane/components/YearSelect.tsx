import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';

export interface YearSelectProps {
  label: string;
  hint?: string;
  years: readonly number[];
  year: number;
  disabled: boolean;
  onChange: (year: number) => void;
}

/** A native select of the years of the run (light and fully keyboard-accessible). */
export function YearSelect({ label, hint, years, year, disabled, onChange }: YearSelectProps): React.JSX.Element {
  return (
    <Field label={label} hint={hint}>
      <Select value={String(year)} disabled={disabled} onChange={(_, data) => onChange(Number(data.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
}
