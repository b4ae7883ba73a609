/**
 * Entry of the browser preview (`npm run preview`): the real task pane on a simulated workbook.
 * Query: `lang=en` mimics an English Office, `theme=dark` the dark theme, `empty=1` starts without the sample.
 */
import { createRoot } from 'react-dom/client';
import { Lang } from '../core/model/text';
import type { FakeExcelHost } from '../../test/fake-excel';
import { createPreviewWorkbook } from './preview-host';
import { PreviewApp } from './PreviewApp';

declare global {
  interface Window {
    /** The simulated workbook, for end-to-end tests that play a user editing a sheet by hand. */
    kmPreview?: { fake: FakeExcelHost };
  }
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (container === null) throw new Error('Preview root element #root is missing');
  const query = new URLSearchParams(window.location.search);
  const lang: Lang = query.get('lang') === 'en' ? 'en' : 'de';
  const workbook = await createPreviewWorkbook({ lang, empty: query.get('empty') === '1' });
  window.kmPreview = { fake: workbook.fake };
  createRoot(container).render(<PreviewApp workbook={workbook} initialLang={lang} initialDark={query.get('theme') === 'dark'} />);
}

start().catch((error: unknown) => {
  console.error('Kooperationsmonitor preview: the simulated workbook could not be created', error);
});
