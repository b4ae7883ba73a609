/**
 * The analyst's whole workflow in the browser preview (simulated workbook), with Debian's chromium:
 * load the sample → check → compute → profile → rule Streng (Dresden 2025 becomes type I, in the pane and
 * in the Typologie sheet; an edited sheet makes the run ask first) → English. Screenshots of every step
 * go to test-output/e2e/; axe-core must find no violations on any step. Skipped without /usr/bin/chromium
 * (Debian: apt-get install -y chromium). Run: npm run test:e2e
 */
import { runSample } from '../../src/core/run-sample';
import { outcomeMessage } from '../../src/commands/command-message';
import { notificationUrl } from '../../src/commands/notification-query';
import {
  axeViolations,
  buildPreview,
  CHROMIUM,
  closeSession,
  hasChromium,
  openSession,
  pane,
  Session,
  sheetRow,
  shoot,
} from './taskpane-browser';

if (!hasChromium()) console.warn(`taskpane e2e skipped: ${CHROMIUM} is missing (apt-get update && apt-get install -y chromium)`);
const describeWithChromium = hasChromium() ? describe : describe.skip;

describeWithChromium(`task pane in the browser preview${hasChromium() ? '' : ` (skipped: ${CHROMIUM} missing)`}`, () => {
  let session: Session | undefined;
  const page = () => session!.page;

  beforeAll(async () => {
    session = await openSession(buildPreview());
  }, 400_000);

  afterAll(async () => {
    await closeSession(session);
  });

  async function step(name: string, options: { full?: boolean } = {}): Promise<void> {
    await page().waitForTimeout(250); // let transitions settle for the screenshot
    await shoot(page(), name, options);
    expect({ step: name, violations: await axeViolations(page()) }).toEqual({ step: name, violations: [] });
  }

  it('runs the workflow from the sample to the English pane', async () => {
    const p = page();
    const ui = pane(p);
    await p.goto(`${session!.server.url}?empty=1`);

    // 1 Daten: the empty workbook has no table; the sample is loaded through the pane.
    await ui.getByText('Keine Daten gefunden').waitFor();
    await ui.getByRole('button', { name: 'Beispieldaten laden' }).click();
    await ui.getByText('Beispieldaten geladen').waitFor();
    await ui.getByText('6, davon 6 berechenbar').waitFor();
    expect(await ui.locator('dl').textContent()).toContain('Kommunen5');
    await step('01-daten', { full: true });

    // 2 Prüfen, by keyboard: arrow keys move along the tabs, Enter opens one; Enter on a finding selects its cell.
    await ui.getByRole('tab', { name: 'Daten' }).focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('Enter');
    expect(await ui.getByRole('tab', { name: 'Prüfen' }).getAttribute('aria-selected')).toBe('true');
    await ui.getByText('1 Hinweis', { exact: true }).waitFor();
    const finding = ui.getByRole('button', { name: /Zelle Z3:/ });
    await finding.focus();
    await p.keyboard.press('Shift+Tab');
    await p.keyboard.press('Tab'); // a keyboard move, so the focus ring shows in the screenshot
    expect(await finding.evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.press('Enter');
    await ui.getByText('Zelle Z3 ausgewählt').waitFor();
    await p.getByText('Ausgewählte Zelle: Z3').waitFor();
    await step('02-pruefen', { full: true });

    // 3 Berechnen: the sheets are written; Dresden 2025 is type II with the paper's flags.
    await ui.getByRole('tab', { name: 'Berechnen' }).click();
    await ui.getByRole('button', { name: 'Typologie berechnen' }).click();
    await ui.getByText('Typologie berechnet').waitFor();
    const dresden = ui.locator('li', { has: p.getByRole('heading', { name: /^Dresden/ }) });
    expect(await dresden.textContent()).toMatch(/DresdenII.*K3 auf Typ-I-Niveau.*Rückbewegung ggü\. 2024/);
    expect((await sheetRow(p, 'Typologie', 'Dresden', '2025'))?.[2]).toBe('II');
    await step('03-berechnen', { full: true });

    // 4 Profil: radar with previous year and median, criteria, strengths and weaknesses.
    await ui.getByRole('button', { name: /^Profil ansehen:? ?:? Dresden$/ }).click();
    const radar = ui.getByRole('img', { name: /Radarprofil Dresden 2025/ });
    await radar.waitFor();
    const label = (await radar.getAttribute('aria-label')) ?? '';
    expect(label).toContain('Vorjahr 2024: Formalisierung 50,0');
    expect(label).toContain('Median aller 5 Kommunen 2025');
    await ui.getByText('Räume: eigene Räume (67,0 Punkte)').waitFor();
    await ui.getByText('Förderform: projektbezogen (20,0 Punkte)').waitFor();
    await step('04-profil');

    // 5 Methode: rule Streng, saved in the workbook; the list is marked out of date until the next run.
    await ui.getByRole('tab', { name: 'Methode' }).click();
    await ui.getByRole('radio', { name: /^Streng/ }).check();
    await ui.getByText('Nicht gespeicherte Änderungen.').waitFor();
    await step('05-methode');
    await ui.getByRole('button', { name: 'Methode speichern' }).click();
    await ui.getByText('Methode gespeichert').waitFor();
    await ui.getByRole('tab', { name: 'Berechnen' }).click();
    await ui.getByText('Ergebnisse nicht mehr aktuell').waitFor();

    // Someone typed into the Typologie sheet: the run asks before replacing it.
    await p.evaluate(() => window.kmPreview!.fake.setCells('Typologie', 'R12', [['Notiz der Kollegin']]));
    await ui.getByRole('button', { name: 'Typologie berechnen' }).click();
    const dialog = p.getByRole('alertdialog', { name: 'Geänderte Ergebnisblätter' });
    await dialog.getByText('„Typologie“: bearbeitet').waitFor();
    await p.waitForTimeout(300);
    await p.screenshot({ path: `${__dirname}/../../test-output/e2e/06-konflikt-page.png`, fullPage: true });
    expect(await axeViolations(p)).toEqual([]);
    await dialog.getByRole('button', { name: 'Kopie behalten' }).click();
    await ui.getByText('Typologie berechnet').waitFor();
    expect(await dresden.textContent()).toMatch(/DresdenI(?!I)/);
    await p.getByRole('tab', { name: 'Typologie (Kopie)' }).waitFor();
    await p.getByRole('tab', { name: 'Typologie', exact: true }).click();
    expect((await sheetRow(p, 'Typologie', 'Dresden', '2025'))?.[2]).toBe('I');
    expect((await sheetRow(p, 'Typologie', 'Dresden', '2024'))?.[2]).toBe('II');
    await step('07-streng', { full: true });

    // English display language: the same state, in English.
    await p.getByRole('radio', { name: 'English' }).check();
    await ui.getByRole('tab', { name: 'Compute' }).waitFor();
    await ui.getByText('Results 2025').waitFor();
    expect(await dresden.textContent()).toMatch(/K3 at type II level|Setback vs\. 2024/);
    await step('08-english', { full: true });
    await ui.getByRole('tab', { name: 'Profile' }).click();
    await ui.getByRole('img', { name: /Radar profile of Dresden 2025/ }).waitFor();
    await step('09-english-profile');

    // Dark Office theme: the same pane with the dark tokens (axe checks the contrast again).
    await p.getByRole('switch', { name: 'Dark Office theme' }).check();
    await step('10-dark', { full: true });

    expect(session!.problems).toEqual([]);
  }, 300_000);

  it('shows the ribbon command’s notification page', async () => {
    const p = page();
    const message = outcomeMessage(
      { status: 'done', result: runSample(), sheets: ['Typologie', 'Vergleich', 'Profile', 'Methodik', 'Prüfbericht'], syncs: 3 },
      'de',
    );
    await p.setViewportSize({ width: 420, height: 300 });
    await p.goto(notificationUrl(session!.server.url, { ...message, lang: 'de' }));
    await p.getByText('Typologie berechnet').waitFor();
    await p.screenshot({ path: `${__dirname}/../../test-output/e2e/11-benachrichtigung.png`, animations: 'disabled' });
    expect(await axeViolations(p)).toEqual([]);
  }, 60_000);
});
