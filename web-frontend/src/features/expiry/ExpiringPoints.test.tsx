import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { ExpiringPointsList, expiriesByDay } from './ExpiringPoints';

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

describe('ExpiringPointsList with many dates', () => {
  it('lists the next five dates, sums up the rest and shows all on request', async () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ at: `2027-0${i + 1}-15T10:00:00Z`, points: 10 + i }));
    render(
      <MantineProvider>
        <I18nextProvider i18n={createI18n('en')}>
          <ExpiringPointsList
            data={{ mode: 'AFTER_EARNING', months: 12, items }}
            timeZone="Europe/Berlin"
            now={new Date('2026-11-23T10:00:00Z')}
          />
        </I18nextProvider>
      </MantineProvider>,
    );
    expect(screen.getAllByTestId('expiring-item')).toHaveLength(5);
    expect(screen.getByTestId('expiring-more')).toHaveTextContent('and 3 more dates (48 points)');
    await userEvent.setup().click(screen.getByTestId('expiring-show-all'));
    expect(screen.getAllByTestId('expiring-item')).toHaveLength(8);
    expect(screen.queryByTestId('expiring-more')).not.toBeInTheDocument();
  });
});
