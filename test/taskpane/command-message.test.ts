import { runSample } from '../../src/core/run-sample';
import { failureMessage, outcomeMessage } from '../../src/commands/command-message';
import { notificationUrl, parseNotification } from '../../src/commands/notification-query';
import { AppError } from '../../src/excel/app-error';

describe('ribbon command messages', () => {
  const sheets = ['Typologie', 'Vergleich', 'Profile', 'Methodik', 'Prüfbericht'];

  it('reports a finished run with rows, Kommunen, rule and sheets', () => {
    expect(outcomeMessage({ status: 'done', result: runSample(), sheets, syncs: 3 }, 'de')).toEqual({
      intent: 'success',
      title: 'Typologie berechnet',
      text: '6 Zeilen, 5 Kommunen, Typregel Mehrheit. Aktualisierte Blätter: Typologie, Vergleich, Profile, Methodik, Prüfbericht.',
    });
  });

  it('warns about errors in the input', () => {
    const result = runSample();
    const error = { ...result.issues[0]!, severity: 'error' as const };
    const message = outcomeMessage({ status: 'done', result: { ...result, issues: [error] }, sheets, syncs: 3 }, 'en');
    expect(message.intent).toBe('warning');
    expect(message.text).toContain('1 errors in the input table');
  });

  it('never overwrites: a conflict sends the user to the pane', () => {
    const message = outcomeMessage(
      {
        status: 'conflict',
        conflicts: [
          { key: 'typologie', name: 'Typologie', reason: 'edited' },
          { key: 'vergleich', name: 'Meine Auswertung', reason: 'renamed' },
        ],
      },
      'de',
    );
    expect(message).toMatchObject({ intent: 'warning', title: 'Nichts überschrieben' });
    expect(message.text).toContain('Typologie (bearbeitet), Meine Auswertung (umbenannt)');
    expect(message.text).toContain('Kooperationsmonitor öffnen');
  });

  it('shows an AppError’s user text, and never the raw text of other errors', () => {
    const user = { de: 'Die Tabelle „Indikatoren“ wurde nicht gefunden.', en: 'The table was not found.' };
    expect(failureMessage(new AppError(user), 'de').text).toBe(user.de);
    expect(failureMessage(new TypeError('cannot read x of undefined'), 'en').text).not.toContain('undefined');
  });
});

describe('notification query', () => {
  it('carries the message to notification.html and back', () => {
    const page = {
      intent: 'warning' as const,
      title: 'Nichts überschrieben',
      text: 'Bitte „Berechnen“ & mehr öffnen?',
      lang: 'de' as const,
    };
    const url = notificationUrl('https://localhost:3000/commands.html', page);
    expect(url.startsWith('https://localhost:3000/notification.html?')).toBe(true);
    expect(parseNotification(new URL(url).search)).toEqual(page);
  });

  it('falls back on unknown values and cuts long texts', () => {
    const parsed = parseNotification(`?i=<script>&t=x&m=${'a'.repeat(5000)}&l=fr`);
    expect(parsed.intent).toBe('error');
    expect(parsed.lang).toBe('de');
    expect(parsed.text.length).toBe(1200);
  });
});
