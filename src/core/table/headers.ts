import { CATALOGUE } from '../catalogue';
import { Indicator } from '../model/indicator';
import { RawValue } from '../model/grid';
import { normaliseText } from '../parse/markers';

const BY_HEADER: ReadonlyMap<string, Indicator> = (() => {
  const m = new Map<string, Indicator>();
  for (const ind of CATALOGUE) {
    for (const key of [ind.id, ind.label.de, ind.label.en]) m.set(normaliseText(key), ind);
  }
  return m;
})();

/** The indicator a header names: its id, German or English label (case and surrounding spaces ignored). */
export function indicatorForHeader(header: RawValue): Indicator | undefined {
  return typeof header === 'string' ? BY_HEADER.get(normaliseText(header)) : undefined;
}
