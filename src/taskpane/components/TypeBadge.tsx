import * as React from 'react';
import { Badge, BadgeProps } from '@fluentui/react-components';
import { TYPE_NAME, typeLabel } from '../../core/describe';
import { Level } from '../../core/model/level';
import { Lang } from '../../core/model/text';

/** The types form an ordinal scale: the higher the type, the stronger the badge. */
const APPEARANCE: Readonly<Record<Level, BadgeProps['appearance']>> = {
  1: 'outline',
  2: 'tint',
  3: 'filled',
};

export interface TypeBadgeProps {
  /** null = nicht bestimmbar. */
  type: Level | null;
  lang: Lang;
}

/** I, II, III (with the type's name as tooltip) or "nicht bestimmbar". */
export function TypeBadge({ type, lang }: TypeBadgeProps): React.JSX.Element {
  return (
    <Badge
      appearance={type === null ? 'ghost' : APPEARANCE[type]}
      color={type === null ? 'informative' : 'brand'}
      shape="rounded"
      title={type === null ? undefined : TYPE_NAME[type][lang]}
    >
      {typeLabel(type, lang)}
    </Badge>
  );
}
