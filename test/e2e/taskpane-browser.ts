/**
 * Helpers of the task pane's browser test: Debian's chromium through playwright-core, the preview
 * build and server, axe-core in the page, screenshots under test-output/e2e/.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { PreviewServer, startPreviewServer } from '../../src/preview/server';

/** Debian's chromium; CHROMIUM_PATH overrides it (e.g. to check that the test skips without it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const REPO = resolve(__dirname, '../..');
export const SHOTS = join(REPO, 'test-output/e2e');

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Builds the preview (development mode: quicker, same code) into out/preview-e2e/ in a child process. */
export function buildPreview(): string {
  const out = join(REPO, 'out/preview-e2e');
  const tsx = join(REPO, 'node_modules/tsx/dist/cli.mjs');
  execFileSync(process.execPath, [tsx, 'src/preview/build.ts', out, '--dev'], { cwd: REPO, stdio: 'pipe', timeout: 300_000 });
  return out;
}

export interface Session {
  server: PreviewServer;
  browser: Browser;
  page: Page;
  /** Uncaught errors and console errors of the page. */
  problems: string[];
}

export async function openSession(dir: string): Promise<Session> {
  const server = await startPreviewServer(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { server, browser, page, problems };
}

export async function closeSession(s: Session | undefined): Promise<void> {
  await s?.browser.close();
  await s?.server.close();
}

/** The pane alone, as wide as Excel's task pane, and optionally the whole page. */
export async function shoot(page: Page, name: string, options: { full?: boolean } = {}): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.locator('[data-testid=pane]').screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
  if (options.full) await page.screenshot({ path: join(SHOTS, `${name}-page.png`), fullPage: true, animations: 'disabled' });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Runs axe-core (injected once per page) on the whole document; returns the violations in short form.
 * Tabster's focus-redirecting `<i data-tabster-dummy>` elements (Fluent's TabList, Dialog) are excluded: they
 * are focusable and aria-hidden by design, a known false positive (microsoft/fluentui#27517, "By Design").
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = { include: [['html']], exclude: [['[data-tabster-dummy]']] };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The text of one row of a sheet in the simulated workbook viewer, found by its first two cells. */
export async function sheetRow(page: Page, sheet: string, first: string, second: string): Promise<string[] | null> {
  return page.evaluate(
    ({ sheet, first, second }) => {
      const table = document.querySelector(`table[data-sheet="${CSS.escape(sheet)}"]`);
      if (!table) return null;
      for (const tr of table.querySelectorAll('tbody tr')) {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
        if (cells[0] === first && cells[1] === second) return cells;
      }
      return null;
    },
    { sheet, first, second },
  );
}

export function pane(page: Page): Locator {
  return page.locator('[data-testid=pane]');
}
