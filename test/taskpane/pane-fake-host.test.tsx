/** The pane on the real WorkbookApi over the simulated workbook (test/fake-excel), end to end in jsdom. */
import './setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { workbookApi } from '../../src/excel/workbook-api';
import { FakeExcelHost } from '../fake-excel';
import { renderPane } from './render-pane';

describe('pane with the fake Excel host', () => {
  it('loads the sample, computes, switches to Streng and writes Dresden 2025 as type I', async () => {
    const fake = new FakeExcelHost({ sheets: ['Tabelle1'] });
    renderPane(workbookApi({ run: fake.run, supports: () => true }));
    expect(await screen.findByText('Keine Daten gefunden')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Beispieldaten laden' }));
    await screen.findByText('6, davon 6 berechenbar');
    expect(fake.tables().map((t) => t.name)).toEqual(['Indikatoren']);

    fireEvent.click(screen.getByRole('tab', { name: 'Berechnen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    await screen.findByText('Typologie berechnet', {}, { timeout: 10_000 });
    const typeOf = (kommune: string, year: number) =>
      fake
        .sheet('Typologie')
        .text('A1:C20')
        .find((r) => r[0] === kommune && r[1] === String(year))?.[2];
    expect(typeOf('Dresden', 2025)).toBe('II');

    fireEvent.click(screen.getByRole('tab', { name: 'Methode' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Streng/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Methode speichern' }));
    await screen.findByText('Methode gespeichert');
    expect(JSON.parse(String(fake.settings()['kooperationsmonitor.method']))).toMatchObject({ rule: 'streng' });

    fireEvent.click(screen.getByRole('tab', { name: 'Berechnen' }));
    await screen.findByText('Ergebnisse nicht mehr aktuell');
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    await waitFor(() => expect(typeOf('Dresden', 2025)).toBe('I'), { timeout: 10_000 });
    expect(screen.getByRole('heading', { name: /^Dresden/ }).textContent).toBe('DresdenISymbolisch-kooperativ');
  }, 30_000);
});
