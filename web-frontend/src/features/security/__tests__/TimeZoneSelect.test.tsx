import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderApp } from '../../../test/render';
import { TimeZoneSelect } from '../TimeZoneSelect';

let chosen = '';
// a few of the ~400 zones keep the test quick; the grouping of all of them is tested in timeZones.test.ts
const ZONES = ['Africa/Abidjan', 'America/New_York', 'Asia/Tokyo', 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'UTC'];
function Picker() {
  const [zone, setZone] = useState('Europe/Berlin');
  chosen = zone;
  return <TimeZoneSelect label="Zeitzone" value={zone} onChange={setZone} zones={ZONES} />;
}

describe('TimeZoneSelect', () => {
  it('shows the zone readably, offers “Häufig” first and finds Zürich typed without umlaut', async () => {
    renderApp(<Picker />, { fetch: mockFetch({}).fetch, language: 'de' });
    const input = screen.getByRole('combobox', { name: 'Zeitzone' });
    expect((input as HTMLInputElement).value).toMatch(/^Berlin, Deutschland \(UTC\+0[12]:00\)$/);
    const u = userEvent.setup();
    await u.click(input);
    const listbox = await screen.findByRole('listbox', { hidden: true });
    expect(within(listbox).getByText('Häufig')).toBeInTheDocument();
    expect(within(listbox).getByText('Alle Zeitzonen')).toBeInTheDocument();
    const firstOptions = within(listbox)
      .getAllByRole('option', { hidden: true })
      .slice(0, 3)
      .map((o) => o.textContent);
    expect(firstOptions[0]).toMatch(/^Berlin, Deutschland/);
    expect(firstOptions[1]).toMatch(/^Wien, Österreich/);

    await u.clear(input);
    await u.type(input, 'zuerich');
    const options = within(screen.getByRole('listbox', { hidden: true })).getAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toEqual([expect.stringMatching(/^Zürich, Schweiz \(UTC\+0[12]:00\)$/)]);
    await u.click(options[0]);
    expect(chosen).toBe('Europe/Zurich');
  });

  it('finds a city of “All time zones” with or without its underscore', async () => {
    renderApp(<Picker />, { fetch: mockFetch({}).fetch, language: 'en' });
    const input = screen.getByRole('combobox', { name: 'Zeitzone' });
    const u = userEvent.setup();
    await u.click(input);
    await u.clear(input);
    await u.type(input, 'new york');
    await u.click(await screen.findByRole('option', { name: /^New York – America/, hidden: true }));
    expect(chosen).toBe('America/New_York');
  });
});
