import * as React from 'react';
import { Dropdown, Field, Option, OptionGroup } from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import type { InputChoices } from '../../excel/inspect-input';
import type { InputSource } from '../../excel/read-input';
import { DATA } from '../step-texts';
import { say } from '../texts';
import { sourceFromKey, sourceKey } from '../workflow/summary';

export interface SourcePickerProps {
  source: InputSource;
  choices: InputChoices | null;
  disabled: boolean;
  lang: Lang;
  onChoose: (source: InputSource) => void;
}

function optionText(key: string, lang: Lang): string {
  const source = sourceFromKey(key);
  return source.sheet !== undefined
    ? say(DATA.optionSheet, lang, { name: source.sheet })
    : say(DATA.optionTable, lang, { name: source.table ?? '' });
}

/** Which table (or whole sheet) is the input: the workbook's tables and sheets, grouped. */
export function SourcePicker({ source, choices, disabled, lang, onChoose }: SourcePickerProps): React.JSX.Element {
  const selected = sourceKey(source);
  const tables = choices?.tables ?? [];
  const sheets = choices?.sheets ?? [];
  return (
    <Field label={DATA.sourceLabel[lang]} hint={DATA.sourceHint[lang]}>
      <Dropdown
        value={optionText(selected, lang)}
        selectedOptions={[selected]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined && data.optionValue !== selected) onChoose(sourceFromKey(data.optionValue));
        }}
      >
        {tables.length > 0 && (
          <OptionGroup label={DATA.groupTables[lang]}>
            {tables.map((name) => (
              <Option key={`table:${name}`} value={`table:${name}`}>
                {optionText(`table:${name}`, lang)}
              </Option>
            ))}
          </OptionGroup>
        )}
        {sheets.length > 0 && (
          <OptionGroup label={DATA.groupSheets[lang]}>
            {sheets.map((name) => (
              <Option key={`sheet:${name}`} value={`sheet:${name}`}>
                {optionText(`sheet:${name}`, lang)}
              </Option>
            ))}
          </OptionGroup>
        )}
      </Dropdown>
    </Field>
  );
}
