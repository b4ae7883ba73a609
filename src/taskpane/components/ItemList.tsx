import * as React from 'react';
import { Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import { PROFILE } from '../result-texts';
import { sayCount } from '../texts';
import { describeItem } from '../workflow/item-text';
import { ItemWords } from '../workflow/summary';

const useStyles = makeStyles({
  heading: {
    margin: 0,
    display: 'block',
  },
  list: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

export interface ItemListProps {
  title: string;
  items: readonly ItemWords[];
  /** Further items with the same score, not listed. */
  more: number;
  lang: Lang;
}

/** Strengths or weaknesses: item scores in words under a heading. */
export function ItemList({ title, items, more, lang }: ItemListProps): React.JSX.Element | null {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div>
      <Body1Strong as="h4" className={styles.heading}>
        {title}
      </Body1Strong>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id}>{describeItem(item, lang)}</li>
        ))}
        {more > 0 && <li>{sayCount(lang, more, PROFILE.moreOne, PROFILE.moreMany)}</li>}
      </ul>
    </div>
  );
}
