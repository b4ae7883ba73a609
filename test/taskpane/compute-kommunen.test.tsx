import './setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { Method } from '../../src/core/model/method';
import { RunResult } from '../../src/core/model/result';
import { runSample } from '../../src/core/run-sample';
import { fakeApi } from './fake-api';
import { renderPane } from './render-pane';

const PROFILES = 'Kommunen im Blatt Profile';
const OVERLAY = 'Kommunen im Vergleichsdiagramm';
/** The sample's Kommunen of 2025 by rank. */
const RANKED_2025 = ['Dortmund', 'Mönchengladbach', 'Halle (Saale)', 'Dresden', 'Nürnberg'];

/** The sample with `n` Kommunen "K01", "K02", … in 2025 instead of its own. */
function manyKommunen(n: number): (method: Method) => RunResult {
  return (method) => {
    const sample = runSample(method);
    const model = sample.rows.find((r) => r.jahr === 2025)!;
    const rows = Array.from({ length: n }, (_, i) => ({ ...model, kommune: `K${String(i + 1).padStart(2, '0')}`, rank: i + 1 }));
    return { ...sample, rows: [...sample.rows.filter((r) => r.jahr !== 2025), ...rows] };
  };
}

async function openCompute(): Promise<void> {
  await screen.findByText(/davon 6 berechenbar/);
  fireEvent.click(screen.getByRole('tab', { name: 'Berechnen' }));
}

const picker = (label: string) => screen.getByRole('combobox', { name: label });

/** Opens the picker's list and returns the names it offers. */
async function offered(label: string): Promise<string[]> {
  fireEvent.click(picker(label));
  const listbox = await screen.findByRole('listbox', { name: label });
  return within(listbox)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

/** Chooses the names one after the other from the open list (by text: role queries are slow on long lists). */
async function choose(label: string, ...names: string[]): Promise<void> {
  fireEvent.click(picker(label));
  const listbox = await screen.findByRole('listbox', { name: label });
  for (const name of names) fireEvent.click(within(listbox).getByText(name, { selector: '[role="option"]' }));
}

/** The names shown as chosen (the tags) of a picker. */
function chosen(label: string): string[] {
  const group = screen.queryByRole('listbox', { name: `Gewählt für „${label}“` });
  return group
    ? within(group)
        .queryAllByRole('option')
        .map((o) => o.textContent ?? '')
    : [];
}

function compute(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
}

describe('Berechnen: Kommunen for the Profile sheet', () => {
  it('offers the Kommunen of the comparison year by rank, with the hints', async () => {
    renderPane(fakeApi());
    await openCompute();
    expect(screen.getByText('Ohne Auswahl: die ersten 30 nach Rang. Bei mehr als 30 Kommunen bitte auswählen.')).toBeTruthy();
    expect(screen.getByText('Ohne Auswahl: die ersten 8 nach Rang; dazu der Median aller Kommunen.')).toBeTruthy();
    expect(await offered(PROFILES)).toEqual(RANKED_2025);
    fireEvent.keyDown(picker(PROFILES), { key: 'Escape' });
    fireEvent.change(screen.getByRole('combobox', { name: /Vergleichsjahr/ }), { target: { value: '2024' } });
    expect(await offered(OVERLAY)).toEqual(['Dresden']);
  });

  it('speaks English in an English pane', async () => {
    renderPane(fakeApi(), 'en');
    await screen.findByText(/of which 6 can be computed/);
    fireEvent.click(screen.getByRole('tab', { name: 'Compute' }));
    expect(screen.getByRole('combobox', { name: 'Municipalities on the Profiles sheet' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Municipalities in the comparison chart' })).toBeTruthy();
    expect(screen.getByText('Without a choice: the first 30 by rank. With more than 30 municipalities, please choose.')).toBeTruthy();
    expect(screen.getByText('Without a choice: the first 8 by rank, plus the median of all municipalities.')).toBeTruthy();
  });

  it('passes exactly the chosen names, in the order chosen', async () => {
    const api = fakeApi();
    renderPane(api);
    await openCompute();
    await choose(PROFILES, 'Halle (Saale)', 'Dortmund');
    expect(chosen(PROFILES)).toEqual(['Halle (Saale)', 'Dortmund']);
    expect(await offered(PROFILES)).toEqual(['Mönchengladbach', 'Dresden', 'Nürnberg']);
    fireEvent.keyDown(picker(PROFILES), { key: 'Escape' });
    await choose(OVERLAY, 'Nürnberg', 'Dresden');
    compute();
    expect(await screen.findByText('Typologie berechnet')).toBeTruthy();
    expect(api.requests[0]!.profiles).toEqual(['Halle (Saale)', 'Dortmund']);
    expect(api.requests[0]!.overlay).toEqual(['Nürnberg', 'Dresden']);
  });

  it('omits both fields when nothing is chosen, and again after the choice is removed', async () => {
    const api = fakeApi();
    renderPane(api);
    await openCompute();
    compute();
    expect(await screen.findByText('Typologie berechnet')).toBeTruthy();
    expect(api.requests[0]).not.toHaveProperty('profiles');
    expect(api.requests[0]).not.toHaveProperty('overlay');
    await choose(OVERLAY, 'Dresden');
    fireEvent.keyDown(picker(OVERLAY), { key: 'Escape' });
    const group = screen.getByRole('listbox', { name: `Gewählt für „${OVERLAY}“` });
    fireEvent.keyDown(within(group).getByRole('option', { name: 'Dresden' }), { key: 'Delete' });
    expect(chosen(OVERLAY)).toEqual([]);
    compute();
    await screen.findByText('Typologie berechnet');
    expect(api.requests[1]).not.toHaveProperty('overlay');
  });

  it('chooses by keyboard: type to filter, Enter to take the active name', async () => {
    const api = fakeApi();
    renderPane(api);
    await openCompute();
    const input = picker(PROFILES);
    act(() => input.focus());
    fireEvent.change(input, { target: { value: 'nür' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const listbox = await screen.findByRole('listbox', { name: PROFILES });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nürnberg']);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen(PROFILES)).toEqual(['Nürnberg']);
    compute();
    await screen.findByText('Typologie berechnet');
    expect(api.requests[0]!.profiles).toEqual(['Nürnberg']);
  });

  it('keeps only the chosen names that the new comparison year has', async () => {
    const api = fakeApi();
    renderPane(api);
    await openCompute();
    await choose(PROFILES, 'Dortmund', 'Dresden');
    fireEvent.keyDown(picker(PROFILES), { key: 'Escape' });
    await choose(OVERLAY, 'Nürnberg');
    fireEvent.keyDown(picker(OVERLAY), { key: 'Escape' });
    fireEvent.change(screen.getByRole('combobox', { name: /Vergleichsjahr/ }), { target: { value: '2024' } });
    expect(chosen(PROFILES)).toEqual(['Dresden']);
    expect(chosen(OVERLAY)).toEqual([]);
    compute();
    await screen.findByText('Typologie berechnet');
    expect(api.requests[0]).toMatchObject({ year: 2024, profiles: ['Dresden'] });
    expect(api.requests[0]).not.toHaveProperty('overlay');
  });

  // Thirty-one choices re-render the whole pane each time: allow for a busy machine.
  it('refuses a 31st Kommune for the Profile sheet with a message', async () => {
    const api = fakeApi({ result: manyKommunen(35) });
    renderPane(api);
    await openCompute();
    const names = Array.from({ length: 31 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`);
    await choose(PROFILES, ...names);
    expect(chosen(PROFILES)).toEqual(names.slice(0, 30));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Höchstens 30 Kommunen. „K31“ wurde nicht hinzugefügt; entfernen Sie zuerst eine andere.');
    fireEvent.keyDown(picker(PROFILES), { key: 'Escape' });
    compute();
    await screen.findByText('Typologie berechnet');
    expect(api.requests[0]!.profiles).toEqual(names.slice(0, 30));
  }, 20_000);

  it('refuses a 9th Kommune for the comparison chart, and takes one again after a removal', async () => {
    const api = fakeApi({ result: manyKommunen(12) });
    renderPane(api);
    await openCompute();
    const names = Array.from({ length: 9 }, (_, i) => `K0${i + 1}`);
    await choose(OVERLAY, ...names);
    expect(chosen(OVERLAY)).toEqual(names.slice(0, 8));
    expect(screen.getByRole('alert').textContent).toBe(
      'Höchstens 8 Kommunen. „K09“ wurde nicht hinzugefügt; entfernen Sie zuerst eine andere.',
    );
    fireEvent.keyDown(picker(OVERLAY), { key: 'Escape' });
    const group = screen.getByRole('listbox', { name: `Gewählt für „${OVERLAY}“` });
    fireEvent.click(within(group).getByRole('option', { name: 'K01' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await choose(OVERLAY, 'K09');
    fireEvent.keyDown(picker(OVERLAY), { key: 'Escape' });
    compute();
    await screen.findByText('Typologie berechnet');
    expect(api.requests[0]!.overlay).toEqual([...names.slice(1, 8), 'K09']);
    expect(api.requests[0]).not.toHaveProperty('profiles');
  });
});
