import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../core/model/text';
import { PREVIEW } from './preview-texts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
  },
  bar: { flexGrow: 1, flexBasis: '420px' },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  label: { fontWeight: tokens.fontWeightSemibold },
});

export interface PreviewBannerProps {
  lang: Lang;
  dark: boolean;
  onLang: (lang: Lang) => void;
  onDark: (dark: boolean) => void;
}

/** Says plainly that this is a preview, and mimics Office's display language and theme. */
export function PreviewBanner({ lang, dark, onLang, onDark }: PreviewBannerProps): React.JSX.Element {
  const styles = useStyles();
  const langId = React.useId();
  return (
    <header className={styles.root}>
      <MessageBar intent="warning" layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{PREVIEW.bannerTitle[lang]}</MessageBarTitle> {PREVIEW.banner[lang]}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.controls}>
        <span id={langId} className={styles.label}>
          {PREVIEW.langLabel[lang]}
        </span>
        <RadioGroup layout="horizontal" value={lang} aria-labelledby={langId} onChange={(_, d) => onLang(d.value === 'en' ? 'en' : 'de')}>
          <Radio value="de" label="Deutsch" lang="de" />
          <Radio value="en" label="English" lang="en" />
        </RadioGroup>
        <Switch checked={dark} label={PREVIEW.themeLabel[lang]} onChange={(_, d) => onDark(d.checked)} />
      </div>
    </header>
  );
}
