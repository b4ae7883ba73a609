import * as React from 'react';
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  TagPickerProps,
  useTagPickerFilter,
} from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import { COMPUTE } from '../result-texts';
import { say } from '../texts';

/** The value of the "nothing matches" entry; no Kommune has a name with a NUL character. */
const NO_MATCH = '\u0000';

const lower = (s: string): string => s.toLocaleLowerCase('de-DE');

export interface KommunePickerProps {
  label: string;
  hint: string;
  /** The Kommunen to choose from, in the order to list them. */
  options: readonly string[];
  selected: readonly string[];
  /** At most this many; a further choice is refused with a message. */
  max: number;
  disabled: boolean;
  lang: Lang;
  onChange: (selected: readonly string[]) => void;
}

/**
 * A labelled multi-select of Kommunen with a limit: type to filter, arrow keys and Enter to choose,
 * Backspace or Delete on a chosen name to remove it.
 */
export function KommunePicker(props: KommunePickerProps): React.JSX.Element {
  const { label, hint, options, selected, max, disabled, lang, onChange } = props;
  const [query, setQuery] = React.useState('');
  const [refused, setRefused] = React.useState<string | null>(null);
  const chosen = new Set(selected);
  const wanted = lower(query.trim());
  const children = useTagPickerFilter({
    query,
    options: [...options],
    noOptionsElement: <TagPickerOption value={NO_MATCH}>{COMPUTE.noMatch[lang]}</TagPickerOption>,
    filter: (name) => !chosen.has(name) && lower(name).includes(wanted),
  });
  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_, data) => {
    if (data.value === NO_MATCH) return;
    if (data.selectedOptions.length > max) {
      setRefused(data.value);
      return;
    }
    setRefused(null);
    setQuery('');
    onChange(data.selectedOptions);
  };
  // The message stays while the limit is reached; removing a name (here or by a change of year) ends it.
  const message = refused !== null && selected.length >= max ? say(COMPUTE.tooMany, lang, { max, kommune: refused }) : undefined;
  return (
    <Field label={label} hint={hint} validationState={message ? 'error' : 'none'} validationMessage={message}>
      <TagPicker selectedOptions={[...selected]} disabled={disabled} onOptionSelect={onOptionSelect}>
        <TagPickerControl>
          <TagPickerGroup aria-label={say(COMPUTE.chosenFor, lang, { label })}>
            {selected.map((name) => (
              <Tag key={name} shape="rounded" value={name}>
                {name}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput value={query} onChange={(event) => setQuery(event.target.value)} />
        </TagPickerControl>
        <TagPickerList>{children}</TagPickerList>
      </TagPicker>
    </Field>
  );
}
