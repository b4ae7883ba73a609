import * as React from 'react';
import { Subtitle2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import { UI } from '../texts';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
  },
  subtitle: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

export interface HeaderProps {
  lang: Lang;
}

export function Header({ lang }: HeaderProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1" className={styles.title}>
        {UI.productName[lang]}
      </Title3>
      <Subtitle2 as="p" className={styles.subtitle}>
        {UI.subtitle[lang]}
      </Subtitle2>
    </header>
  );
}
