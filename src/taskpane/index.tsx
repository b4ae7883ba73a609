/**
 * Task pane bootstrap: the only place in src/taskpane/ that reads the Office globals (language, theme)
 * and creates the Office-backed WorkbookApi. Outside Excel (office.js not loaded, or another host) it
 * shows a note that the pane needs Excel.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { Lang } from '../core/model/text';
import { officeHost } from '../excel/host';
import { workbookApi } from '../excel/workbook-api';
import { App } from './App';
import { OutsideExcel } from './components/OutsideExcel';
import { APP_VERSION } from './app-version';
import { isDarkColour, languageOf } from './host-settings';

interface HostSettings {
  lang: Lang;
  dark: boolean;
}

function readHostSettings(): HostSettings {
  const context = Office.context as Office.Context | undefined;
  const theme = context?.officeTheme as Office.OfficeTheme | undefined;
  return {
    lang: languageOf(context?.displayLanguage),
    dark: theme === undefined ? false : (theme.isDarkTheme ?? isDarkColour(theme.bodyBackgroundColor)),
  };
}

function render({ lang, dark }: HostSettings, inExcel: boolean): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('Task pane root element #root is missing');
  document.documentElement.lang = lang;
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        {inExcel ? <App lang={lang} api={workbookApi(officeHost())} appVersion={APP_VERSION} /> : <OutsideExcel lang={lang} />}
      </FluentProvider>
    </React.StrictMode>,
  );
}

if (typeof Office === 'undefined') {
  render({ lang: languageOf(navigator.language), dark: false }, false);
} else {
  void Office.onReady((info) => render(readHostSettings(), info.host === Office.HostType.Excel));
}
