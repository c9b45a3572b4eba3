import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerDetail, LedgerEntry, Voucher } from '../../../api';
import { AppRoutes } from '../../../App';
import { ledgerEntry } from '../../../test/fixtures';
import { json, mockFetch, renderApp, user } from '../../../test/render';

const CUSTOMER = '/api/v1/shops/shop-1/customers/cust-1';
const CODE = '7K3M-Q9XA-2B4C-HT8R';

const open: Voucher = {
  id: 'v1',
  code: CODE,
  rewardName: 'Gratis Kaffee',
  pointsSpent: 20,
  kind: 'FREE_ITEM',
  item: 'Kaffee',
  validFrom: '2026-11-23T10:00:00Z',
  validUntil: '2026-12-23T10:00:00Z',
  status: 'ISSUED',
};

function customer(available: number): CustomerDetail {
  return {
    id: 'cust-1',
    number: '10042',
    firstName: 'Anna',
    lastName: 'Schmidt',
    email: null,
    phone: null,
    acquisitionChannel: 'IN_STORE',
    acquiredOn: '2026-11-20',
    createdAt: '2026-11-20T09:00:00Z',
    portalEnabled: false,
    balance: { available, pending: 0, owed: 0 },
  };
}

describe('cancelling a voucher on the customer page', () => {
  it('confirms, gives the points back and shows them in the balance and the history (German)', async () => {
    let cancelled = false;
    const entries = (): LedgerEntry[] =>
      cancelled
        ? [ledgerEntry({ id: 'l2', type: 'VOUCHER_CANCELLED', occurredAt: '2026-11-26T09:00:00Z', availableDelta: 20, reason: 'Gratis Kaffee' })]
        : [];
    const { fetch, calls } = mockFetch({
      [`GET ${CUSTOMER}`]: () => json(200, customer(cancelled ? 120 : 100)),
      [`GET ${CUSTOMER}/vouchers`]: () =>
        json(200, { items: [cancelled ? { ...open, status: 'CANCELLED', cancelledAt: '2026-11-26T09:00:00Z' } : open] }),
      [`POST /api/v1/shops/shop-1/vouchers/${CODE}/cancellation`]: () => {
        cancelled = true;
        return json(200, {
          voucher: { ...open, status: 'CANCELLED', cancelledAt: '2026-11-26T09:00:00Z' },
          pointsReturned: 20,
          balance: { available: 120, pending: 0, owed: 0 },
        });
      },
      [`GET ${CUSTOMER}/ledger`]: () => json(200, { items: entries() }),
      [`GET ${CUSTOMER}/purchases`]: () => json(200, { items: [] }),
      [`GET ${CUSTOMER}/contacts`]: () => json(200, { items: [] }),
      [`GET ${CUSTOMER}/gestures`]: () => json(200, { items: [] }),
      [`GET ${CUSTOMER}/subscriptions`]: () => json(200, { items: [] }),
      'GET /api/v1/shops/shop-1/cases': () => json(200, { items: [] }),
      [`GET ${CUSTOMER}/tier`]: () => json(200, { status: { qualifyingSpend: '0.00' }, history: [] }),
      'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers/cust-1', language: 'de' });
    const u = userEvent.setup();
    const row = await screen.findByTestId('customer-voucher');
    expect(screen.getByTestId('available-points')).toHaveTextContent('100');
    await u.click(within(row).getByRole('button', { name: 'Gutschein stornieren' }));
    const dialog = await screen.findByTestId('cancel-voucher-dialog');
    expect(dialog).toHaveTextContent('„Gratis Kaffee“ (7K3M-Q9XA-2B4C-HT8R) von Anna Schmidt kann danach nicht mehr eingelöst werden.');
    expect(dialog).toHaveTextContent('20 Punkte werden dem Kunden wieder gutgeschrieben.');
    await u.click(within(dialog).getByTestId('cancel-voucher-confirm'));

    expect(await screen.findByTestId('voucher-cancelled-notice')).toHaveTextContent(
      'Gutschein 7K3M-Q9XA-2B4C-HT8R storniert – 20 Punkte gutgeschrieben.',
    );
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({});
    await waitFor(() => expect(screen.getByTestId('available-points')).toHaveTextContent('120'));
    await waitFor(() => expect(screen.getByTestId('customer-voucher')).toHaveTextContent('Storniert'));
    expect(within(screen.getByTestId('customer-voucher')).queryByRole('button', { name: 'Gutschein stornieren' })).not.toBeInTheDocument();
    const entry = await screen.findByTestId('ledger-entry');
    expect(entry).toHaveAttribute('data-type', 'VOUCHER_CANCELLED');
    expect(entry).toHaveTextContent('Gutschein storniert');
    expect(entry).toHaveTextContent('+20');
    expect(entry).toHaveTextContent('Gratis Kaffee');
  });
});
