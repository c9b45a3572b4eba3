import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry, NewAdjustment, Reward, Role, Voucher } from '../../../api';
import { AppRoutes } from '../../../App';
import { balance, ledgerEntry } from '../../../test/fixtures';
import { field, json, mockFetch, problem, renderApp, user } from '../../../test/render';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE = '/api/v1/shops/shop-1/customers/cust-1';

const coffee: Reward = { id: 'r1', name: 'Kaffee gratis', pointsCost: 20, kind: 'FREE_ITEM', item: 'Ein Kaffee', validityDays: 90, active: true };
const cake: Reward = { id: 'r2', name: 'Kuchen', pointsCost: 50, kind: 'FREE_ITEM', item: 'Ein Stück Kuchen', validityDays: 90, active: true };
const retired: Reward = { ...coffee, id: 'r3', name: 'Alt', active: false };
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

function backend() {
  let available = 25;
  let vouchers: Voucher[] = [];
  let ledger: LedgerEntry[] = [];
  const mock = mockFetch({
    [`GET ${BASE}`]: () =>
      json(200, {
        id: 'cust-1',
        number: '10042',
        firstName: 'Anna',
        lastName: 'Schmidt',
        email: null,
        acquisitionChannel: 'IN_STORE',
        acquiredOn: '2026-11-20',
        balance: balance({ available }),
        phone: null,
        portalEnabled: false,
        createdAt: '2026-11-20T09:00:00Z',
      }),
    [`GET ${BASE}/ledger`]: () => json(200, { items: ledger }),
    [`GET ${BASE}/purchases`]: () => json(200, { items: [] }),
    [`GET ${BASE}/vouchers`]: () => json(200, { items: vouchers }),
    'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [coffee, cake, retired] }),
    [`POST ${BASE}/redemptions`]: () => {
      available -= 20;
      vouchers = [voucher];
      ledger = [
        ledgerEntry({ id: 'l2', type: 'REDEMPTION', availableDelta: -20, occurredAt: '2026-11-23T10:00:00Z', reason: 'Kaffee gratis' }),
        ...ledger,
      ];
      return json(201, { voucher, balance: balance({ available }) });
    },
    [`POST ${BASE}/adjustments`]: (call) => {
      const { points, reason } = call.body as NewAdjustment;
      if (available + points < 0) {
        // the real server sends a generic (even garbled) text here; the form uses its own wording
        const message = `${available} points are needed, {1} are available.`;
        return problem(422, { code: 'insufficient-points', title: 'Not enough points', detail: message, errors: [{ field: 'points', message }] });
      }
      available += points;
      const entry = ledgerEntry({ id: `l-${ledger.length + 3}`, type: 'ADJUSTMENT', availableDelta: points, occurredAt: '2026-11-23T11:00:00Z', reason });
      ledger = [entry, ...ledger];
      return json(201, { entry, balance: balance({ available }) });
    },
  });
  return mock;
}

function renderDetail(fetch: typeof globalThis.fetch, role: Role = 'OWNER') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user(role) }, path: '/admin/customers/cust-1' });
}

describe('customer detail: rewards, vouchers, adjustments', () => {
  it('redeems a reward for the customer and refreshes balance, ledger and vouchers', async () => {
    const { fetch, calls } = backend();
    renderDetail(fetch, 'AGENT');
    expect(await screen.findByTestId('available-points')).toHaveTextContent('25');
    expect(await screen.findByText('No vouchers yet.')).toBeInTheDocument();
    const select = await screen.findByTestId('customer-reward-select');
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Choose a reward …',
      'Kaffee gratis (Free: Ein Kaffee) – 20 points',
      'Kuchen (Free: Ein Stück Kuchen) – 50 points',
    ]); // retired rewards are not offered
    expect(options[2]).toBeDisabled(); // 50 > 25 points

    const u = userEvent.setup();
    const redeem = screen.getByRole('button', { name: 'Redeem for customer' });
    expect(redeem).toBeDisabled();
    await u.selectOptions(select, 'r1');
    await u.click(redeem);
    const dialog = await screen.findByRole('dialog', { name: 'Redeem reward?' });
    expect(dialog).toHaveTextContent('For Anna Schmidt');
    await u.click(within(dialog).getByRole('button', { name: 'Redeem now' }));
    const success = await screen.findByTestId('redemption-success');
    expect(within(success).getByTestId('voucher-code')).toHaveTextContent('7K3M-Q9XA-2B4C-HT8R');
    expect(within(success).queryByRole('img')).not.toBeInTheDocument(); // the QR code is the customer's
    await u.click(within(success).getByRole('button', { name: 'Done' }));

    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe(`${BASE}/redemptions`);
    expect(post.body).toEqual({ rewardId: 'r1' });
    expect(post.headers['idempotency-key']).toMatch(UUID);
    await waitFor(() => expect(screen.getByTestId('available-points')).toHaveTextContent('5'));
    expect(await screen.findByTestId('customer-voucher')).toHaveTextContent('7K3M-Q9XA-2B4C-HT8R');
    expect(screen.getByTestId('customer-voucher')).toHaveTextContent('Valid');
    await waitFor(() => expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent('Reward redeemed'));
    expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent('Kaffee gratis');
    expect(screen.queryByRole('form', { name: 'Adjust points' })).not.toBeInTheDocument(); // agents cannot adjust
  });

  it('lets the owner adjust points with a mandatory reason', async () => {
    const { fetch, calls } = backend();
    renderDetail(fetch);
    const form = await screen.findByRole('form', { name: 'Adjust points' });
    const u = userEvent.setup();
    await u.type(within(form).getByLabelText(/^Points \(\+ or −\)/), '0');
    await u.click(within(form).getByRole('button', { name: 'Adjust points' }));
    expect(field('Points (+ or −)')).toHaveAccessibleDescription(/whole number other than 0/);
    expect(field('Reason')).toHaveAccessibleDescription(/Please give a reason/);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await u.clear(field('Points (+ or −)'));
    await u.type(field('Points (+ or −)'), '-30');
    await u.type(field('Reason'), 'Doppelt gebucht');
    await u.click(within(form).getByRole('button', { name: 'Adjust points' }));
    await waitFor(() =>
      expect(field('Points (+ or −)')).toHaveAccessibleDescription(/Not possible: the customer has only 25 points available/),
    );
    expect(field('Points (+ or −)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/\{1\}/)).not.toBeInTheDocument();

    await u.clear(field('Points (+ or −)'));
    await u.type(field('Points (+ or −)'), '-5');
    await u.click(within(form).getByRole('button', { name: 'Adjust points' }));
    expect(await screen.findByTestId('adjusted')).toHaveTextContent('Points adjusted by -5.');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.body)).toEqual([
      { points: -30, reason: 'Doppelt gebucht' },
      { points: -5, reason: 'Doppelt gebucht' },
    ]);
    expect(posts[0].headers['idempotency-key']).toMatch(UUID);
    expect(posts[1].headers['idempotency-key']).not.toBe(posts[0].headers['idempotency-key']);
    await waitFor(() => expect(screen.getByTestId('available-points')).toHaveTextContent('20'));
    await waitFor(() => expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent('Adjustment'));
    expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent('Doppelt gebucht');
    expect(field('Reason')).toHaveValue('');
  });
});
