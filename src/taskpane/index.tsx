/**
 * Task pane bootstrap: the only place in src/taskpane/ that reads the Office globals (language, theme).
 * Outside Office (browser preview, office.js not loaded) it renders with German and the light theme.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { runSample } from '../core/run-sample';
import { Lang } from '../core/model/text';
import { App } from './App';

interface HostSettings {
  lang: Lang;
  dark: boolean;
}

const BROWSER_DEFAULTS: HostSettings = { lang: 'de', dark: false };

/** German unless Office runs in English. */
function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Relative luminance of a `#rrggbb` colour below one half counts as dark. */
function isDarkColour(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((hex) => parseInt(hex ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function readHostSettings(): HostSettings {
  const context = Office.context as Office.Context | undefined;
  const theme = context?.officeTheme as Office.OfficeTheme | undefined;
  return {
    lang: languageOf(context?.displayLanguage),
    dark: theme === undefined ? false : (theme.isDarkTheme ?? isDarkColour(theme.bodyBackgroundColor)),
  };
}

function render({ lang, dark }: HostSettings): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('Task pane root element #root is missing');
  document.documentElement.lang = lang;
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        <App lang={lang} computeResult={runSample} />
      </FluentProvider>
    </React.StrictMode>,
  );
}

if (typeof Office === 'undefined') {
  render(BROWSER_DEFAULTS);
} else {
  void Office.onReady(() => render(readHostSettings()));
}
