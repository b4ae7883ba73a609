import * as React from 'react';
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { Lang } from '../core/model/text';
import { App } from '../taskpane/App';
import { APP_VERSION } from '../taskpane/app-version';
import { PreviewBanner } from './PreviewBanner';
import { PreviewWorkbook, observedApi, pictureOf } from './preview-host';
import { WorkbookView } from './WorkbookView';

/** Width of Excel's task pane at its default size. */
export const PANE_WIDTH = 350;

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  body: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
  },
  workbook: { flexGrow: 1, flexBasis: '480px', minWidth: 0 },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PreviewAppProps {
  workbook: PreviewWorkbook;
  initialLang: Lang;
  initialDark: boolean;
}

/** The preview page: banner with language and theme, the simulated workbook, and the real pane beside it. */
export function PreviewApp({ workbook, initialLang, initialDark }: PreviewAppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState(initialLang);
  const [dark, setDark] = React.useState(initialDark);
  // Bumped after every call of the API, so the picture of the (mutable) fake workbook is taken again.
  const [version, setVersion] = React.useState(0);
  const api = React.useMemo(() => observedApi(workbook.api, () => setVersion((v) => v + 1)), [workbook]);
  const picture = React.useMemo(() => ({ ...pictureOf(workbook.fake), version }), [workbook, version]);
  React.useEffect(() => {
    document.documentElement.lang = lang;
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    if (dark) url.searchParams.set('theme', 'dark');
    else url.searchParams.delete('theme');
    window.history.replaceState(null, '', url);
  }, [lang, dark]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <PreviewBanner lang={lang} dark={dark} onLang={setLang} onDark={setDark} />
        <div className={styles.body}>
          <div className={styles.workbook}>
            <WorkbookView picture={picture} lang={lang} />
          </div>
          {/* Not a landmark: the pane's own <main> must stay top-level, as in Excel. */}
          <div className={styles.pane} data-testid="pane">
            <App lang={lang} api={api} appVersion={`${APP_VERSION}-preview`} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
