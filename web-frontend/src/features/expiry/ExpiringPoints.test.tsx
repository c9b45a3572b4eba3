import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { ExpiringPointsList, expiriesByDay, expiriesByMonth } from './ExpiringPoints';

describe('expiriesByDay', () => {
  it('adds up expiries of one day in the shop’s time zone and keeps other days apart', () => {
    const items = [
      { at: '2027-11-23T10:00:00Z', points: 50 },
      { at: '2027-11-23T22:30:00Z', points: 102 }, // 23:30 in Berlin: still the 23rd
      { at: '2027-11-23T23:30:00Z', points: 65 }, // 00:30 on the 24th in Berlin
    ];
    expect(expiriesByDay(items, 'Europe/Berlin', 'en')).toEqual([
      { at: '2027-11-23T10:00:00Z', points: 152 },
      { at: '2027-11-23T23:30:00Z', points: 65 },
    ]);
    expect(expiriesByDay(items, 'UTC', 'en')).toEqual([{ at: '2027-11-23T10:00:00Z', points: 217 }]);
  });
});

describe('ExpiringPointsList', () => {
  it('shows one row per day', () => {
    render(
      <MantineProvider>
        <I18nextProvider i18n={createI18n('en')}>
          <ExpiringPointsList
            data={{
              mode: 'AFTER_EARNING',
              months: 12,
              items: [
                { at: '2027-11-23T10:00:00Z', points: 50 },
                { at: '2027-11-23T11:00:00Z', points: 102 },
              ],
            }}
            timeZone="Europe/Berlin"
            now={new Date('2026-11-23T10:00:00Z')}
          />
        </I18nextProvider>
      </MantineProvider>,
    );
    const rows = screen.getAllByTestId('expiring-item');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('152');
  });
});

describe('expiriesByMonth', () => {
  it('groups days by calendar month in the shop’s time zone with the sum of each', () => {
    const items = [
      { at: '2027-03-01T10:00:00Z', points: 100 },
      { at: '2027-03-31T21:30:00Z', points: 20 }, // 23:30 in Berlin: still March
      { at: '2027-03-31T22:30:00Z', points: 5 }, // 00:30 on 1 April in Berlin
    ];
    const months = expiriesByMonth(items, 'Europe/Berlin', 'de');
    expect(months.map((m) => [m.key, m.label, m.points, m.items.length])).toEqual([
      ['2027-03', 'März 2027', 120, 2],
      ['2027-04', 'April 2027', 5, 1],
    ]);
    expect(expiriesByMonth(items, 'UTC', 'en').map((m) => [m.label, m.points])).toEqual([['March 2027', 125]]);
  });
});

/** `days` expiry dates, one per day from `start`, 10 points each. */
function daily(start: string, days: number) {
  const first = new Date(start).getTime();
  return Array.from({ length: days }, (_, i) => ({ at: new Date(first + i * 86_400_000).toISOString(), points: 10 }));
}

function renderList(items: { at: string; points: number }[], language: 'de' | 'en' = 'en', compact = false) {
  render(
    <MantineProvider>
      <I18nextProvider i18n={createI18n(language)}>
        <ExpiringPointsList
          data={{ mode: 'AFTER_EARNING', months: 12, items }}
          timeZone="Europe/Berlin"
          now={new Date('2026-11-23T10:00:00Z')}
          compact={compact}
        />
      </I18nextProvider>
    </MantineProvider>,
  );
}

describe('ExpiringPointsList with many dates', () => {
  it('lists up to five dates one by one, without months', () => {
    renderList(daily('2027-01-10T10:00:00Z', 5));
    expect(screen.getAllByTestId('expiring-item')).toHaveLength(5);
    expect(screen.queryByTestId('expiring-month')).not.toBeInTheDocument();
  });

  it('groups 108 dates by month ("March 2027: 310 points"), the dates of a month folding out', async () => {
    // 108 daily expiries from 10 Jan 2027 to 27 Apr 2027
    renderList(daily('2027-01-10T10:00:00Z', 108), 'en');
    const months = screen.getAllByTestId('expiring-month');
    expect(months.map((m) => m.querySelector('[data-testid="expiring-month-toggle"]')?.textContent)).toEqual([
      'January 2027: 220 points22 dates',
      'February 2027: 280 points28 dates',
      'March 2027: 310 points31 dates',
      'April 2027: 270 points27 dates',
    ]);
    // folded: no single dates until a month is opened
    expect(screen.queryByTestId('expiring-item')).not.toBeInTheDocument();
    const toggle = within(months[2]).getByRole('button', { name: /March 2027/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const days = within(months[2]).getAllByTestId('expiring-item');
    expect(days).toHaveLength(31);
    expect(days[0]).toHaveTextContent('1 Mar 202710 points');
    await userEvent.setup().click(toggle);
    expect(within(months[2]).queryByTestId('expiring-item')).not.toBeInTheDocument();
  });

  it('shows six months, sums up the rest and shows all on request (German)', async () => {
    // one date every 10 days for a year: 37 dates in 12 months
    const items = Array.from({ length: 37 }, (_, i) => ({
      at: new Date(Date.UTC(2027, 0, 5) + i * 10 * 86_400_000).toISOString(),
      points: 1,
    }));
    renderList(items, 'de');
    expect(screen.getAllByTestId('expiring-month')).toHaveLength(6);
    expect(screen.getAllByTestId('expiring-month')[2]).toHaveTextContent('März 2027: 3 Punkte3 Termine');
    expect(screen.getByTestId('expiring-more')).toHaveTextContent('und 6 weitere Monate (19 Punkte)');
    await userEvent.setup().click(screen.getByTestId('expiring-show-all'));
    expect(screen.getAllByTestId('expiring-month')).toHaveLength(12);
    expect(screen.queryByTestId('expiring-more')).not.toBeInTheDocument();
  });

  it('opens the month with dates due soon and warns once with the sum of the next 30 days', () => {
    // daily from 25 Nov 2026 (2 days after "now"): 7 dates within 30 days in November, December partly
    renderList(daily('2026-11-25T10:00:00Z', 40), 'en');
    const warnings = screen.getAllByTestId('expiring-soon');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toHaveTextContent('Attention: 290 points expire between 25 Nov 2026 and 23 Dec 2026');
    const [november, december, january] = screen.getAllByTestId('expiring-month');
    expect(november).toHaveAttribute('data-soon', 'true');
    expect(within(november).getAllByTestId('expiring-item')).toHaveLength(6);
    expect(within(december).getAllByTestId('expiring-item')).toHaveLength(31);
    expect(within(december).getAllByTestId('expiring-item')[30]).toHaveAttribute('data-soon', 'false');
    expect(january).toHaveAttribute('data-soon', 'false');
    expect(within(january).queryByTestId('expiring-item')).not.toBeInTheDocument();
  });
});
