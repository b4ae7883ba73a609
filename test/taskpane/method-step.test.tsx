import './setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { defaultMethodV1 } from '../../src/core/method';
import { fakeApi } from './fake-api';
import { renderPane } from './render-pane';

async function openMethod(api = fakeApi()): Promise<ReturnType<typeof fakeApi>> {
  renderPane(api);
  await screen.findByText(/davon 6 berechenbar/);
  fireEvent.click(screen.getByRole('tab', { name: 'Methode' }));
  return api;
}

const weight = (name: RegExp) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: 'Methode speichern' }) as HTMLButtonElement;

describe('Methode', () => {
  it('shows the stored rule and weights', async () => {
    await openMethod(fakeApi({ method: { ...defaultMethodV1(), rule: 'kompensatorisch', weights: { lead: 2, support: 0.5 } } }));
    expect((screen.getByRole('radio', { name: /^Kompensatorisch/ }) as HTMLInputElement).checked).toBe(true);
    expect(weight(/Leitindikatoren/).value).toBe('2');
    expect(weight(/unterstützenden/).value).toBe('0.5');
    expect(saveButton().disabled).toBe(true);
  });

  it('saves rule Streng into the workbook and computes the list again', async () => {
    const api = await openMethod();
    fireEvent.click(screen.getByRole('radio', { name: /^Streng/ }));
    expect(screen.getByText('Nicht gespeicherte Änderungen.')).toBeTruthy();
    fireEvent.click(saveButton());
    expect(await screen.findByText('Methode gespeichert')).toBeTruthy();
    expect(api.saveMethod).toHaveBeenCalledWith({ ...defaultMethodV1(), rule: 'streng' });
    await waitFor(() => expect(api.inspect).toHaveBeenCalledTimes(2));
    expect(screen.getByText(/Typregel Streng, Gewichte 3 \(Leit-\) und 1/)).toBeTruthy();
  });

  it('validates the weights: lead above 0, support 0 or more', async () => {
    await openMethod();
    fireEvent.change(weight(/Leitindikatoren/), { target: { value: '0' } });
    expect(screen.getByText('Bitte eine Zahl größer als 0 eingeben.')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    fireEvent.change(weight(/Leitindikatoren/), { target: { value: '4' } });
    fireEvent.change(weight(/unterstützenden/), { target: { value: '-1' } });
    expect(screen.getByText('Bitte eine Zahl ab 0 eingeben.')).toBeTruthy();
    expect(weight(/unterstützenden/).getAttribute('aria-invalid')).toBe('true');
    expect(saveButton().disabled).toBe(true);
    fireEvent.change(weight(/unterstützenden/), { target: { value: '0' } });
    expect(saveButton().disabled).toBe(false);
  });

  it('restores the default method', async () => {
    const api = await openMethod(fakeApi({ method: { ...defaultMethodV1(), rule: 'streng', weights: { lead: 5, support: 2 } } }));
    fireEvent.click(screen.getByRole('button', { name: 'Standard wiederherstellen' }));
    expect((screen.getByRole('radio', { name: /^Mehrheit/ }) as HTMLInputElement).checked).toBe(true);
    expect(weight(/Leitindikatoren/).value).toBe('3');
    fireEvent.click(saveButton());
    await screen.findByText('Methode gespeichert');
    expect(api.saveMethod).toHaveBeenCalledWith(defaultMethodV1());
  });

  it('marks earlier results as out of date after a change', async () => {
    const api = fakeApi();
    renderPane(api);
    await screen.findByText(/davon 6 berechenbar/);
    fireEvent.click(screen.getByRole('tab', { name: 'Berechnen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    await screen.findByText('Typologie berechnet');
    fireEvent.click(screen.getByRole('tab', { name: 'Methode' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Streng/ }));
    fireEvent.click(saveButton());
    await screen.findByText('Methode gespeichert');
    await waitFor(() => expect(api.inspect).toHaveBeenCalledTimes(2));
    fireEvent.click(screen.getByRole('tab', { name: 'Berechnen' }));
    expect(screen.getByText('Ergebnisse nicht mehr aktuell')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    await waitFor(() => expect(screen.queryByText('Ergebnisse nicht mehr aktuell')).toBeNull());
    const dresden = screen.getByRole('heading', { name: /^Dresden/ });
    expect(dresden.textContent).toMatch(/^DresdenISymbolisch-kooperativ$/);
  });
});

describe('Methode when the workbook cannot be read', () => {
  it('says so and loads the method again with “Neu einlesen”', async () => {
    const api = fakeApi();
    api.loadMethod.mockRejectedValueOnce(new TypeError('settings unavailable'));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(api);
    expect(await screen.findByText('Das Einlesen der Daten ist nicht gelungen')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Methode' }));
    expect(screen.getByText(/Methode konnte nicht gelesen werden/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Daten' }));
    fireEvent.click(screen.getByRole('button', { name: 'Neu einlesen' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Methode' }));
    expect(await screen.findByRole('radio', { name: /^Mehrheit/ })).toBeTruthy();
    expect(api.loadMethod).toHaveBeenCalledTimes(2);
  });
});
