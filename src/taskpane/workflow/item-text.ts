import { Lang } from '../../core/model/text';
import { PROFILE } from '../result-texts';
import { formatNumber, formatScore, say } from '../texts';
import { ItemWords } from './summary';

/** "Förderform: teil-institutionell (65,0 Punkte)". */
export function describeItem(item: ItemWords, lang: Lang): string {
  const points = say(PROFILE.points, lang, { score: formatScore(item.score, lang) });
  const v = item.value;
  let value: string | null = null;
  if (v?.kind === 'text') value = v.text[lang];
  else if (v?.kind === 'yesno') value = (v.yes ? PROFILE.yes : PROFILE.no)[lang];
  else if (v?.kind === 'number') {
    const text = v.unit === 'perPerson' ? PROFILE.perPerson : v.unit === 'seatShare' ? PROFILE.seatShare : PROFILE.percent;
    value = say(text, lang, { value: formatNumber(v.basis, lang) });
  }
  return say(PROFILE.itemWords, lang, { label: item.indicator.label[lang], value: value === null ? points : `${value} (${points})` });
}
