import './setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeApi } from './fake-api';
import { renderPane } from './render-pane';

async function openDresden(lang: 'de' | 'en' = 'de'): Promise<void> {
  renderPane(fakeApi(), lang);
  await screen.findByText(lang === 'de' ? /davon 6 berechenbar/ : /of which 6 can be computed/);
  fireEvent.click(screen.getByRole('tab', { name: lang === 'de' ? 'Profil' : 'Profile' }));
  fireEvent.change(screen.getByRole('combobox', { name: lang === 'de' ? 'Kommune' : 'Municipality' }), { target: { value: 'Dresden' } });
}

describe('Profil', () => {
  it('draws the radar with the previous year and the median, described for screen readers', async () => {
    await openDresden();
    const radar = await screen.findByRole('img', { name: /^Radarprofil Dresden 2025 auf fünf Achsen/ });
    const label = radar.getAttribute('aria-label')!;
    expect(label).toContain('2025: Formalisierung 50,0, Praxis 50,0, Koordination 50,0, Strategie 50,0, Anerkennung & Förderung 31,8');
    expect(label).toContain('Vorjahr 2024: Formalisierung 50,0, Praxis 100,0');
    expect(label).toContain('Median aller 5 Kommunen 2025');
    const table = screen.getByRole('table', { name: 'Werte des Radarprofils (0–100)' });
    const row = within(table).getByRole('row', { name: /Anerkennung & Förderung/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['31,8', '65,5', '65,0']);
    expect(radar.querySelectorAll('polygon').length).toBeGreaterThanOrEqual(4 + 2 + 3);
  });

  it('shows the criterion levels and the strengths and weaknesses in words', async () => {
    await openDresden();
    await screen.findByRole('img', { name: /Radarprofil Dresden 2025/ });
    const criteria = screen.getByRole('list', { name: 'Kriterien' });
    expect(criteria.textContent).toContain('K3 Anerkennung und FörderungStufe I · 31,8 Punkte');
    const strengths = screen.getByRole('heading', { name: 'Stärken' }).parentElement!;
    expect(strengths.textContent).toContain('Räume: eigene Räume (67,0 Punkte)');
    const weaknesses = screen.getByRole('heading', { name: 'Schwächen' }).parentElement!;
    expect(weaknesses.textContent).toContain('Förderform: projektbezogen (20,0 Punkte)');
  });

  it('opens from the results list', async () => {
    renderPane(fakeApi());
    await screen.findByText(/davon 6 berechenbar/);
    fireEvent.click(screen.getByRole('tab', { name: 'Berechnen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Typologie berechnen' }));
    fireEvent.click(await screen.findByRole('button', { name: /Profil ansehen.*Halle \(Saale\)/ }));
    expect(await screen.findByRole('img', { name: /Radarprofil Halle \(Saale\) 2025/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Profil' }).getAttribute('aria-selected')).toBe('true');
  });

  it('speaks English when Office does', async () => {
    await openDresden('en');
    const radar = await screen.findByRole('img', { name: /^Radar profile of Dresden 2025/ });
    expect(radar.getAttribute('aria-label')).toContain('Previous year 2024: Formalisation 50.0');
    expect(screen.getByRole('heading', { name: 'Strengths' }).parentElement!.textContent).toContain('Premises: own premises (67.0 points)');
  });
});
