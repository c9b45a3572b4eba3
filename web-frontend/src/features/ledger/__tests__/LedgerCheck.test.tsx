import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../App';
import { programme } from '../../../test/fixtures';
import { json, mockFetch, renderApp, user } from '../../../test/render';

describe('programme page: ledger check', () => {
  it('reports a consistent ledger', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/shops/shop-1/programme': () => json(200, programme()),
      'GET /api/v1/shops/shop-1/ledger-check': () =>
        json(200, { checkedAt: '2026-11-23T10:00:00Z', accounts: 12, consistent: true, differences: [] }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/programme' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Check ledger' }));
    const result = await screen.findByTestId('ledger-check-result');
    expect(result).toHaveTextContent('Consistent');
    expect(result).toHaveTextContent('12 accounts checked: every balance matches its history.');
    expect(result).toHaveTextContent('Checked at 23 Nov 2026, 11:00');
  });

  it('lists the differences of an inconsistent ledger (German)', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/shops/shop-1/programme': () => json(200, programme()),
      'GET /api/v1/shops/shop-1/ledger-check': () =>
        json(200, {
          checkedAt: '2026-11-23T10:00:00Z',
          accounts: 3,
          consistent: false,
          differences: [
            {
              customerId: 'cust-9',
              storedAvailable: 1200,
              storedPending: 0,
              storedOwed: 0,
              entriesAvailable: 1150,
              entriesPending: 5,
              entriesOwed: 0,
            },
          ],
        }),
    });
    renderApp(<AppRoutes />, {
      fetch,
      session: { authenticated: true, user: user('OWNER') },
      path: '/admin/programme',
      language: 'de',
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Konten prüfen' }));
    const result = await screen.findByTestId('ledger-check-result');
    expect(result).toHaveTextContent('Abweichungen gefunden');
    expect(result).toHaveTextContent('3 Konten geprüft, 1 mit Abweichung.');
    const row = screen.getByTestId('ledger-difference');
    expect(row).toHaveTextContent('1.200 / 0');
    expect(row).toHaveTextContent('1.150 / 5');
    expect(within(row).getByRole('link', { name: 'cust-9' })).toHaveAttribute('href', '/admin/customers/cust-9');
  });
});
