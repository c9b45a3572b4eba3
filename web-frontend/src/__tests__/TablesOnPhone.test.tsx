import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Purchase, Reward, Tier, Voucher } from '../api';
import { AppRoutes } from '../App';
import { balance, ledgerEntry } from '../test/fixtures';
import { onScreenWidth } from '../test/phone';
import { json, mockFetch, renderApp, user } from '../test/render';

/*
 * The lists that were cut off on a phone: at 390 px they are cards with every figure and every action, from the
 * `sm` breakpoint on tables.
 */

const BASE = '/api/v1/shops/shop-1/customers/cust-1';
const p25: Purchase = {
  id: 'p25',
  amount: '25.00',
  currency: 'EUR',
  reference: 'Bon 17',
  occurredAt: '2026-11-22T10:00:00Z',
  pointsEarned: 25,
  pointsPending: 0,
  releaseAt: null,
  amountReturned: '10.00',
  pointsReversed: 10,
  lines: [],
};
const voucher: Voucher = {
  id: 'v1',
  code: '7K3M-Q9XA-2B4C-HT8R',
  rewardName: 'Kaffee gratis',
  pointsSpent: 20,
  kind: 'FREE_ITEM',
  item: 'Ein Kaffee',
  validFrom: '2026-11-23T10:00:00Z',
  validUntil: '2027-02-21T10:00:00Z',
  status: 'ISSUED',
};
const coffee: Reward = { id: 'r1', name: 'Kaffee gratis', pointsCost: 20, kind: 'FREE_ITEM', item: 'Ein Kaffee', validityDays: 90, active: true };
const silber: Tier = { id: 't1', name: 'Silber', threshold: '20.00', multiplier: '2', position: 1 } as Tier;

function backend() {
  return mockFetch({
    [`GET ${BASE}`]: () =>
      json(200, {
        id: 'cust-1',
        number: '10042',
        firstName: 'Kim',
        lastName: 'Schmidt',
        email: null,
        acquisitionChannel: 'IN_STORE',
        acquiredOn: '2026-11-20',
        balance: balance({ available: 5 }),
        phone: null,
        portalEnabled: false,
        createdAt: '2026-11-20T09:00:00Z',
      }),
    [`GET ${BASE}/ledger`]: () =>
      json(200, {
        items: [
          ledgerEntry({ id: 'l1', type: 'REDEMPTION', availableDelta: -20, occurredAt: '2026-11-23T10:00:00Z', reason: 'Kaffee gratis' }),
        ],
      }),
    [`GET ${BASE}/purchases`]: () => json(200, { items: [p25] }),
    [`GET ${BASE}/vouchers`]: () => json(200, { items: [voucher] }),
    'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [coffee] }),
    'GET /api/v1/shops/shop-1/tiers': () => json(200, { items: [silber], graceDays: 30 }),
    'GET /api/v1/shops/shop-1/staff': () =>
      json(200, {
        items: [
          { id: 'user-1', name: 'Maria Müller', email: 'maria@example.com', role: 'OWNER', active: true, secondFactor: false },
          { id: 'user-2', name: 'Anton Agent', email: 'anton.agent.mit.langer.adresse@example.com', role: 'AGENT', active: true, secondFactor: true },
        ],
        invitations: [{ id: 'inv-1', email: 'ben@example.com', role: 'AGENT', expiresAt: '2026-12-01T10:00:00Z' }],
      }),
  });
}

function open(path: string) {
  renderApp(<AppRoutes />, { fetch: backend().fetch, session: { authenticated: true, user: user('OWNER') }, path });
}

describe('on a phone (390 px)', () => {
  onScreenWidth(390);

  it('the customer page shows purchases, history and vouchers as cards with the points, the amount and "Return"', async () => {
    open('/admin/customers/cust-1');
    const purchase = await screen.findByTestId('purchase-row');
    expect(purchase.tagName).toBe('LI');
    expect(screen.getByTestId('purchases-table')).toHaveAttribute('data-variant', 'cards');
    expect(purchase).toHaveTextContent('Amount€25.00');
    expect(within(purchase).getByTestId('purchase-points')).toHaveTextContent('+25');
    expect(within(purchase).getByTestId('purchase-returned')).toHaveTextContent('€10.00');
    expect(within(purchase).getByTestId('purchase-reversed')).toHaveTextContent(/10 points/);

    const u = userEvent.setup();
    await u.click(within(purchase).getByRole('button', { name: /^Return/ }));
    expect(await screen.findByRole('dialog', { name: 'Record a return' })).toBeInTheDocument();

    const entry = await screen.findByTestId('ledger-entry');
    expect(entry.tagName).toBe('LI');
    expect(within(entry).getByTestId('ledger-points')).toHaveTextContent('-20');
    expect(entry).toHaveTextContent('Kaffee gratis');

    const v = await screen.findByTestId('customer-voucher');
    expect(v.tagName).toBe('LI');
    expect(v).toHaveTextContent('7K3M-Q9XA-2B4C-HT8R');
    expect(v).toHaveTextContent('Kaffee gratis');
    expect(v).toHaveTextContent('Valid');
    expect(screen.queryByTestId('ledger-table')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('table')).toEqual([]);
  });

  it('rewards, tiers and staff keep their figures and buttons on cards', async () => {
    open('/admin/rewards');
    const reward = await screen.findByTestId('reward-row');
    expect(reward.tagName).toBe('LI');
    expect(reward).toHaveTextContent(/^Kaffee gratisCustomer getsFree: Ein KaffeePoints20 pointsVoucher valid for90 daysStatusActiveEditRetire$/);
    expect(reward).toHaveTextContent('Active');
    expect(within(reward).getByRole('button', { name: 'Edit Kaffee gratis' })).toBeEnabled();
    expect(within(reward).getByRole('button', { name: 'Retire Kaffee gratis' })).toBeEnabled();
  });

  it('tiers keep threshold, multiplier and "Edit" on a card', async () => {
    open('/admin/tiers');
    const tier = await screen.findByTestId('tier-row');
    expect(tier.tagName).toBe('LI');
    expect(tier).toHaveTextContent('€20.00');
    expect(tier).toHaveTextContent('2×');
    expect(within(tier).getByRole('button', { name: 'Edit Silber' })).toBeEnabled();
  });

  it('staff and invitations keep status and "Deactivate", "Remove", "Revoke" on cards', async () => {
    open('/admin/staff');
    await waitFor(() => expect(screen.getAllByTestId('staff-row')).toHaveLength(2));
    const anton = screen.getAllByTestId('staff-row')[1];
    expect(anton.tagName).toBe('LI');
    expect(anton).toHaveTextContent('anton.agent.mit.langer.adresse@example.com');
    expect(within(anton).getByTestId('staff-status')).toHaveTextContent('Active');
    expect(within(anton).getByTestId('staff-deactivate')).toBeEnabled();
    expect(within(anton).getByTestId('staff-remove')).toBeEnabled();
    expect(within(anton).getByTestId('staff-reset-second-factor')).toBeEnabled();
    const invitation = screen.getByTestId('invitation-row');
    expect(invitation.tagName).toBe('LI');
    expect(within(invitation).getByTestId('invitation-revoke')).toBeEnabled();
    expect(screen.queryAllByRole('table')).toEqual([]);
  });
});

describe('on a desktop (1280 px)', () => {
  onScreenWidth(1280);

  it('the customer page and the rewards are tables', async () => {
    open('/admin/customers/cust-1');
    const purchase = await screen.findByTestId('purchase-row');
    expect(purchase.tagName).toBe('TR');
    expect(screen.getByTestId('purchases-table').tagName).toBe('TABLE');
    expect(within(purchase).getByRole('button', { name: /^Return/ })).toBeEnabled();
    expect((await screen.findByTestId('ledger-entry')).tagName).toBe('TR');
    expect((await screen.findByTestId('customer-voucher')).tagName).toBe('TR');
  });

  it('rewards are a table', async () => {
    open('/admin/rewards');
    const reward = await screen.findByTestId('reward-row');
    expect(reward.tagName).toBe('TR');
    expect(within(screen.getByTestId('rewards-table')).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Reward',
      'Customer gets',
      'Points',
      'Voucher valid for',
      'Status',
      'Actions',
    ]);
  });
});
