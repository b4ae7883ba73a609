import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ValidationIssue } from '../../src/core/model/issue';
import { RunResult } from '../../src/core/model/result';
import { runSample } from '../../src/core/run-sample';
import { fakeApi } from './fake-api';
import { renderPane } from './render-pane';

function issue(over: Partial<ValidationIssue>): ValidationIssue {
  return {
    severity: 'error',
    code: 'x',
    sheet: 'Indikatoren',
    cell: 'C2',
    relatedCells: [],
    indicator: 'einwohner',
    value: null,
    message: { de: 'Die Einwohnerzahl muss größer als 0 sein.', en: 'The population must be above 0.' },
    row: 2,
    col: 3,
    ...over,
  };
}

/** The sample with two more rows that are left out (a duplicate) and a value error in a computed row. */
function withErrors(): RunResult {
  const r = runSample();
  return {
    ...r,
    input: { ...r.input, rowsRead: r.input.rowsRead + 2 },
    issues: [
      issue({ code: 'einwohner-zero' }),
      issue({
        code: 'duplicate-row',
        cell: 'A8',
        indicator: 'kommune',
        row: 8,
        message: { de: 'Köln 2025 steht mehrfach in der Tabelle.', en: 'dup' },
      }),
      issue({
        code: 'duplicate-row',
        cell: 'A9',
        indicator: 'kommune',
        row: 9,
        message: { de: 'Köln 2025 steht mehrfach (Zeile 9).', en: 'dup' },
      }),
      ...r.issues,
    ],
  };
}

async function openCheck(): Promise<void> {
  await screen.findByText(/davon 6 berechenbar/);
  fireEvent.click(screen.getByRole('tab', { name: 'Prüfen' }));
}

describe('Prüfen', () => {
  it('groups the findings by severity and indicator and says what a run leaves out', async () => {
    renderPane(fakeApi({ result: withErrors }));
    await openCheck();
    expect(screen.getByText('3 Fehler – die Berechnung läuft trotzdem')).toBeTruthy();
    expect(screen.getByText(/Ausgelassen werden 2 Zeilen und der Wert aus 1 Zelle\./)).toBeTruthy();
    const errors = screen.getByRole('heading', { name: 'Fehler (3)' }).parentElement!;
    expect(within(errors).getByRole('heading', { name: 'Einwohner:innen' })).toBeTruthy();
    expect(within(errors).getByRole('heading', { name: 'Kommune' })).toBeTruthy();
    const warnings = screen.getByRole('heading', { name: 'Hinweise (1)' }).parentElement!;
    expect(within(warnings).getByRole('heading', { name: 'Fördervolumen (EUR/Jahr)' })).toBeTruthy();
  });

  it('selects the cell of a finding in the workbook', async () => {
    const api = fakeApi();
    renderPane(api);
    await openCheck();
    expect(screen.getByText('1 Hinweis')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Zelle Z3: Das Fördervolumen/ }));
    expect(await screen.findByText('Zelle Z3 ausgewählt')).toBeTruthy();
    expect(api.selectCell).toHaveBeenCalledWith('Indikatoren', 'Z3');
  });

  it('says so when there is nothing to fix', async () => {
    renderPane(fakeApi({ result: () => ({ ...runSample(), issues: [] }) }));
    await openCheck();
    expect(screen.getByText('Keine Auffälligkeiten')).toBeTruthy();
    expect(screen.getByText(/Alle 6 Zeilen sind lesbar/)).toBeTruthy();
  });

  it('reads the table again on request', async () => {
    const api = fakeApi();
    renderPane(api);
    await openCheck();
    fireEvent.click(screen.getByRole('button', { name: 'Neu einlesen' }));
    await waitFor(() => expect(api.inspect).toHaveBeenCalledTimes(2));
  });
});
