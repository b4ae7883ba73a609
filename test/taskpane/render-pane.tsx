/** Renders the whole task pane (App) inside Fluent's provider, with a fixed clock. */
import { render, RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Lang } from '../../src/core/model/text';
import type { WorkbookApi } from '../../src/excel/workbook-api';
import { App } from '../../src/taskpane/App';

export const FIXED_NOW = new Date('2026-03-01T09:30:00Z');

export function renderPane(api: WorkbookApi, lang: Lang = 'de'): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} api={api} appVersion="9.9.9-test" now={() => FIXED_NOW} />
    </FluentProvider>,
  );
}
