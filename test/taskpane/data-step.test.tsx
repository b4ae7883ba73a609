import './setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { t } from '../../src/core/model/text';
import { AppError } from '../../src/excel/app-error';
import { fakeApi } from './fake-api';
import { renderPane } from './render-pane';

describe('Daten', () => {
  it('shows the table used and what it holds', async () => {
    const api = fakeApi();
    renderPane(api);
    expect(await screen.findByText('6, davon 6 berechenbar')).toBeTruthy();
    const facts = screen.getByText('6, davon 6 berechenbar').closest('dl')!;
    expect(facts.textContent).toContain('Kommunen5');
    expect(facts.textContent).toContain('Jahre2024 und 2025');
    expect(api.inspect).toHaveBeenCalledWith({ table: 'Indikatoren' });
    expect(screen.getByRole('combobox', { name: 'Eingabetabelle' }).textContent).toContain('Tabelle Indikatoren');
  });

  it('says what to do when the table is missing', async () => {
    const api = fakeApi();
    api.inspect.mockRejectedValue(
      new AppError(t('Die Tabelle „Indikatoren“ wurde nicht gefunden. Mit „Vorlage anlegen“ …', 'The table …')),
    );
    renderPane(api);
    expect(await screen.findByText('Keine Daten gefunden')).toBeTruthy();
    expect(screen.getByText(/wurde nicht gefunden. Mit „Vorlage anlegen“/)).toBeTruthy();
  });

  it('loads the sample and reads it again', async () => {
    const api = fakeApi();
    renderPane(api);
    await screen.findByText('6, davon 6 berechenbar');
    fireEvent.click(screen.getByRole('button', { name: 'Beispieldaten laden' }));
    expect(await screen.findByText('Beispieldaten geladen')).toBeTruthy();
    expect(api.createTemplate).toHaveBeenCalledWith('de', true);
    expect(api.inspect).toHaveBeenCalledTimes(2);
  });

  it('creates an empty template', async () => {
    const api = fakeApi();
    renderPane(api);
    await screen.findByText('6, davon 6 berechenbar');
    fireEvent.click(screen.getByRole('button', { name: 'Vorlage anlegen' }));
    expect(await screen.findByText('Vorlage angelegt')).toBeTruthy();
    expect(api.createTemplate).toHaveBeenCalledWith('de', false);
  });

  it('adds a new year to the chosen table and says what to do next', async () => {
    const api = fakeApi();
    renderPane(api);
    await screen.findByText('6, davon 6 berechenbar');
    fireEvent.click(screen.getByRole('button', { name: 'Neues Jahr anlegen' }));
    expect(await screen.findByText('Neues Jahr angelegt')).toBeTruthy();
    expect(screen.getByText(/5 Zeilen mit dem Folgejahr wurden angehängt/)).toBeTruthy();
    expect(api.addNewYear).toHaveBeenCalledWith('Indikatoren');
  });

  it('shows the user message of a failed action, never the raw error', async () => {
    const api = fakeApi();
    api.createTemplate.mockRejectedValue(new AppError(t('Die Tabelle „Indikatoren“ gibt es in dieser Mappe schon.', 'exists')));
    api.addNewYear.mockRejectedValue(new TypeError('x is undefined'));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(api);
    await screen.findByText('6, davon 6 berechenbar');
    fireEvent.click(screen.getByRole('button', { name: 'Beispieldaten laden' }));
    expect(await screen.findByText('Das Laden der Beispieldaten ist nicht gelungen')).toBeTruthy();
    expect(screen.getByText(/gibt es in dieser Mappe schon/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Neues Jahr anlegen' }));
    expect(await screen.findByText('Das Anlegen des neuen Jahres ist nicht gelungen')).toBeTruthy();
    expect(screen.queryByText(/x is undefined/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Meldung schließen' }));
    expect(screen.queryByText('Das Anlegen des neuen Jahres ist nicht gelungen')).toBeNull();
  });

  it('picks another sheet as input; a new year then needs a table', async () => {
    const api = fakeApi();
    renderPane(api);
    await screen.findByText('6, davon 6 berechenbar');
    fireEvent.click(screen.getByRole('combobox', { name: 'Eingabetabelle' }));
    const listbox = await screen.findByRole('listbox');
    fireEvent.click(within(listbox).getByRole('option', { name: 'Blatt Tabelle1' }));
    await screen.findByText(/geht nur mit einer Tabelle/);
    expect(api.inspect).toHaveBeenLastCalledWith({ sheet: 'Tabelle1' });
    expect((screen.getByRole('button', { name: 'Neues Jahr anlegen' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
