import './setup';
import { fireEvent, screen } from '@testing-library/react';
import { fakeApi } from './fake-api';
import { renderPane } from './render-pane';

describe('the pane as a whole', () => {
  it('names the five steps in the display language; the panel is labelled by its tab', async () => {
    renderPane(fakeApi(), 'en');
    await screen.findByText(/of which 6 can be computed/);
    expect(screen.getByRole('tablist', { name: 'Steps' })).toBeTruthy();
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent?.slice(0, tab.textContent.length / 2));
    expect(tabs).toEqual(['Data', 'Check', 'Compute', 'Profile', 'Method']);
    const check = screen.getByRole('tab', { name: 'Check' });
    fireEvent.click(check);
    expect(check.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(check.id);
    expect(screen.getByRole('heading', { name: 'Check', level: 2 })).toBeTruthy();
  });

  it('labels every control', async () => {
    renderPane(fakeApi());
    await screen.findByText(/davon 6 berechenbar/);
    for (const step of ['Daten', 'Prüfen', 'Berechnen', 'Profil', 'Methode']) {
      fireEvent.click(screen.getByRole('tab', { name: step }));
      if (step === 'Profil') await screen.findByRole('img', { name: /Radarprofil/ });
      const controls = [...document.querySelectorAll('button, input, select, [role=combobox]')];
      for (const control of controls) {
        const name = control.getAttribute('aria-label') ?? control.getAttribute('aria-labelledby') ?? control.textContent ?? '';
        const labelled = name.trim() !== '' || (control.id !== '' && document.querySelector(`label[for="${control.id}"]`) !== null);
        expect({ step, control: control.outerHTML.slice(0, 80), labelled }).toEqual(expect.objectContaining({ labelled: true }));
      }
    }
  });
});
