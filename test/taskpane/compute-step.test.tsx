import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { t } from '../../src/core/model/text';
import { runSample } from '../../src/core/run-sample';
import { AppError } from '../../src/excel/app-error';
import type { ComputeOutcome, ComputeRequest } from '../../src/excel/compute-report';
import { deferred, fakeApi } from './fake-api';
import { FIXED_NOW, renderPane } from './render-pane';

async function openCompute(): Promise<void> {
  await screen.findByText(/davon 6 berechenbar/);
  fireEvent.click(screen.getByRole('tab', { name: 'Berechnen' }));
}

const dresden = () => screen.getByRole('heading', { name: /^Dresden/ }).closest('li')!;

describe('Berechnen', () => {
  it('runs with the chosen year and lists the Kommunen with type, flags and change', async () => {
    const api = fakeApi();
    renderPane(api);
    await openCompute();
    expect(screen.getByText(/Noch nicht berechnet/)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Vergleichsjahr/ }), { target: { value: '2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    expect(await screen.findByText('Typologie berechnet')).toBeTruthy();
    const request = api.requests[0]!;
    expect(request).toMatchObject({
      source: { table: 'Indikatoren' },
      lang: 'de',
      year: 2024,
      runAt: FIXED_NOW.toISOString(),
      appVersion: '9.9.9-test',
    });
    expect(request.resolution).toBeUndefined();
    expect(screen.getByText('Ergebnisse 2024')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Vergleichsjahr/ }), { target: { value: '2025' } });
    const item = dresden();
    expect(within(item).getByText('II')).toBeTruthy();
    expect(item.textContent).toContain('K3 auf Typ-I-Niveau');
    expect(item.textContent).toContain('Grenzfall (Stabilität 2/3: Streng ergibt I)');
    expect(item.textContent).toContain('Rückbewegung ggü. 2024');
    expect(screen.getByRole('heading', { name: /^Nürnberg/ }).closest('li')!.textContent).toContain('kein Vorjahr in den Daten');
  });

  it('shows the current step of a long run', async () => {
    const api = fakeApi();
    const hold = deferred<ComputeOutcome>();
    api.compute.mockImplementation((request: ComputeRequest) => {
      request.onProgress?.('lesen');
      request.onProgress?.('schreiben');
      return hold.promise;
    });
    renderPane(api);
    await openCompute();
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    expect(await screen.findByText('Schritt 3 von 4: Blätter schreiben')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Typologie berechnen' }) as HTMLButtonElement).disabled).toBe(true);
    hold.resolve({ status: 'done', result: runSample(), sheets: ['Typologie'], syncs: 3 });
    expect(await screen.findByText('Typologie berechnet')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('asks before replacing edited sheets, naming each and why, and re-runs with the answer', async () => {
    const api = fakeApi();
    const done = api.compute.getMockImplementation()!;
    api.compute.mockImplementationOnce(async (request: ComputeRequest) => {
      api.requests.push(request);
      return {
        status: 'conflict',
        conflicts: [
          { key: 'typologie', name: 'Typologie', reason: 'edited' },
          { key: 'vergleich', name: 'Vergleich 2025', reason: 'renamed' },
          { key: 'profile', name: 'Profile', reason: 'unprotected' },
        ],
      };
    });
    api.compute.mockImplementation(done);
    renderPane(api);
    await openCompute();
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Geänderte Ergebnisblätter' });
    expect(within(dialog).getByText('„Typologie“: bearbeitet')).toBeTruthy();
    expect(within(dialog).getByText('„Vergleich 2025“: umbenannt')).toBeTruthy();
    expect(within(dialog).getByText('„Profile“: Schutz aufgehoben')).toBeTruthy();
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Kopie behalten' }));
    expect(await screen.findByText('Typologie berechnet')).toBeTruthy();
    expect(api.requests.map((r) => r.resolution)).toEqual([undefined, 'keepCopy']);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('cancels without changing anything', async () => {
    const api = fakeApi();
    api.compute.mockResolvedValueOnce({ status: 'conflict', conflicts: [{ key: 'typologie', name: 'Typologie', reason: 'edited' }] });
    renderPane(api);
    await openCompute();
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Abbrechen' }));
    expect(await screen.findByText('Berechnung abgebrochen')).toBeTruthy();
    expect(api.compute).toHaveBeenCalledTimes(1);
  });

  it('replaces when asked to', async () => {
    const api = fakeApi();
    api.compute.mockResolvedValueOnce({ status: 'conflict', conflicts: [{ key: 'typologie', name: 'Typologie', reason: 'edited' }] });
    renderPane(api);
    await openCompute();
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    fireEvent.click(await within(await screen.findByRole('alertdialog')).findByRole('button', { name: 'Ersetzen' }));
    expect(await screen.findByText('Typologie berechnet')).toBeTruthy();
    expect(api.compute).toHaveBeenLastCalledWith(expect.objectContaining({ resolution: 'replace' }));
  });

  it('reports a failed run with its user message', async () => {
    const api = fakeApi();
    api.compute.mockRejectedValue(
      new AppError(
        t('Die Berechnung konnte nicht abgeschlossen werden. Die Arbeitsmappe ist unverändert.', 'The computation could not be completed.'),
      ),
    );
    renderPane(api);
    await openCompute();
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    expect(await screen.findByText('Die Berechnung ist nicht gelungen')).toBeTruthy();
    expect(screen.getByText(/Die Arbeitsmappe ist unverändert/)).toBeTruthy();
  });
});
