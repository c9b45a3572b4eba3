import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry, LedgerPage } from '../api';
import { AppRoutes } from '../App';
import { ledgerEntry, PORTAL_CUSTOMER } from '../test/fixtures';
import { json, mockFetch, renderApp, SHOP, user, type JsonReply, type RecordedCall } from '../test/render';

function entries(n: number): LedgerEntry[] {
  return Array.from({ length: n }, (_, i) =>
    ledgerEntry({ id: `e${i}`, type: 'ADJUSTMENT', availableDelta: 1, occurredAt: '2026-11-20T10:00:00Z', reason: `Korrektur ${i}` }),
  );
}

/** A history of `total` entries answering `limit` like the server. */
function ledgerRoute(total: number) {
  return (call: RecordedCall): JsonReply<LedgerPage> => {
    const limit = Number(new URL(call.url, 'http://x').searchParams.get('limit'));
    return json(200, { items: entries(Math.min(limit, total)) });
  };
}

const limits = (calls: RecordedCall[], path: string) =>
  calls.filter((c) => c.url.split('?')[0] === path).map((c) => new URL(c.url, 'http://x').searchParams.get('limit'));

describe('load more', () => {
  it('asks the portal history for 50 more while the last answer was full', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/v1/portal/me': () =>
        json(200, { customer: PORTAL_CUSTOMER, shop: SHOP, balance: { available: 1, pending: 0, owed: 0 } }),
      'GET /api/v1/portal/ledger': ledgerRoute(70),
      'GET /api/v1/portal/requests': () => json(200, { items: [] }),
      'GET /api/v1/portal/tier': () => json(200, { status: { qualifyingSpend: '0.00' }, tiers: [], history: [] }),
      'GET /api/v1/portal/rewards': () => json(200, { items: [] }),
      'GET /api/v1/portal/vouchers': () => json(200, { items: [] }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal?tab=history' });
    await waitFor(() => expect(screen.getAllByTestId('ledger-entry')).toHaveLength(50));
    await userEvent.setup().click(screen.getByTestId('history-load-more'));
    await waitFor(() => expect(screen.getAllByTestId('ledger-entry')).toHaveLength(70));
    expect(screen.queryByTestId('history-load-more')).not.toBeInTheDocument();
    expect(limits(calls, '/api/v1/portal/ledger')).toEqual(['50', '100']);
  });

  it('offers no button when everything is shown, and loads more staff ledger entries', async () => {
    const base = '/api/v1/shops/shop-1/customers/cust-1';
    const { fetch, calls } = mockFetch({
      [`GET ${base}`]: () =>
        json(200, {
          id: 'cust-1', number: '10001', firstName: 'Anna', lastName: 'Schmidt', email: null, phone: null,
          acquisitionChannel: 'IN_STORE', acquiredOn: '2026-11-01', portalEnabled: false, createdAt: '2026-11-01T10:00:00Z',
          balance: { available: 50, pending: 0, owed: 0 },
        }),
      [`GET ${base}/ledger`]: ledgerRoute(120),
      [`GET ${base}/purchases`]: () => json(200, { items: [] }),
      [`GET ${base}/vouchers`]: () => json(200, { items: [] }),
      [`GET ${base}/contacts`]: () => json(200, { items: [] }),
      [`GET ${base}/gestures`]: () => json(200, { items: [] }),
      [`GET ${base}/subscriptions`]: () => json(200, { items: [] }),
      'GET /api/v1/shops/shop-1/cases': () => json(200, { items: [] }),
      [`GET ${base}/tier`]: () => json(200, { status: { qualifyingSpend: '0.00' }, history: [] }),
      'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers/cust-1' });
    const table = await screen.findByTestId('ledger-table');
    await waitFor(() => expect(within(table).getAllByTestId('ledger-entry')).toHaveLength(50));
    expect(screen.queryByTestId('purchases-load-more')).not.toBeInTheDocument();
    const u = userEvent.setup();
    await u.click(screen.getByTestId('ledger-load-more'));
    await waitFor(() => expect(screen.getAllByTestId('ledger-entry')).toHaveLength(100));
    await u.click(screen.getByTestId('ledger-load-more'));
    await waitFor(() => expect(screen.getAllByTestId('ledger-entry')).toHaveLength(120));
    expect(screen.queryByTestId('ledger-load-more')).not.toBeInTheDocument();
    expect(limits(calls, `${base}/ledger`)).toEqual(['50', '100', '150']);
  });
});
