import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry, Reward, Voucher } from '../../../api';
import { AppRoutes } from '../../../App';
import { ledgerEntry, PORTAL_CUSTOMER } from '../../../test/fixtures';
import { json, mockFetch, problem, renderApp, SHOP, user, type RecordedCall, type Reply } from '../../../test/render';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REDEEM = 'POST /api/v1/portal/rewards/r-coffee/redemptions';

const customer = PORTAL_CUSTOMER;
const coffee: Reward = {
  id: 'r-coffee',
  name: 'Kaffee gratis',
  description: 'Zu jedem Frühstück',
  pointsCost: 20,
  kind: 'FREE_ITEM',
  item: 'Ein Kaffee',
  validityDays: 90,
  active: true,
};
const discount: Reward = { id: 'r-5', name: 'Fünf Euro', pointsCost: 500, kind: 'AMOUNT_OFF', amount: '5.00', currency: 'EUR', validityDays: 30, active: true };
const percent: Reward = { id: 'r-10', name: 'Zehn Prozent', pointsCost: 25, kind: 'PERCENT_OFF', percent: '10', validityDays: 30, active: true };
const issued: Voucher = {
  id: 'v-new',
  code: '7K3M-Q9XA-2B4C-HT8R',
  rewardName: 'Kaffee gratis',
  pointsSpent: 20,
  kind: 'FREE_ITEM',
  item: 'Ein Kaffee',
  validFrom: '2026-11-23T10:00:00Z',
  validUntil: '2027-02-21T23:30:00Z',
  status: 'ISSUED',
};
const used: Voucher = {
  ...issued,
  id: 'v-old',
  code: 'AAAA-BBBB-CCCC-DDDD',
  status: 'REDEEMED',
  redeemedAt: '2026-11-20T09:15:00Z',
};
const expired: Voucher = { ...issued, id: 'v-exp', code: 'EEEE-FFFF-GGGG-HHHH', status: 'EXPIRED', validUntil: '2026-10-01T10:00:00Z' };

function portalBackend(
  options: { available?: number; failFirstRedeem?: boolean; vouchers?: Voucher[]; refuse?: () => Reply<typeof REDEEM> } = {},
) {
  let available = options.available ?? 25;
  let vouchers: Voucher[] = options.vouchers ?? [used];
  let fail = options.failFirstRedeem ?? false;
  const ledger: LedgerEntry[] = [
    ledgerEntry({
      id: 'l1',
      type: 'PURCHASE_EARN',
      availableDelta: 25,
      occurredAt: '2026-11-22T10:00:00Z',
      purchase: { id: 'p1', amount: '25.00', currency: 'EUR', reference: null, pointsPending: 0 },
    }),
  ];
  const mock = mockFetch({
    'GET /api/v1/portal/me': () => json(200, { customer, shop: SHOP, balance: { available, pending: 0, owed: 0 } }),
    'GET /api/v1/portal/ledger': () => json(200, { items: ledger }),
    'GET /api/v1/portal/requests': () => json(200, { items: [] }),
    'GET /api/v1/portal/goodwill': () => json(200, { items: [] }),
    'GET /api/v1/portal/rewards': () => json(200, { items: [coffee, percent, discount] }),
    'GET /api/v1/portal/vouchers': () => json(200, { items: vouchers }),
    [REDEEM]: () => {
      if (options.refuse) return options.refuse();
      if (fail) {
        fail = false;
        throw new TypeError('Failed to fetch');
      }
      available -= 20;
      const n = vouchers.length;
      const voucher = n === 1 ? issued : { ...issued, id: `v-${n}`, code: `ZZZZ-ZZZZ-ZZZZ-ZZ${String(n).padStart(2, '0')}` };
      vouchers = [voucher, ...vouchers];
      ledger.unshift(ledgerEntry({ id: `l-${n}`, type: 'REDEMPTION', availableDelta: -20, occurredAt: '2026-11-23T10:00:00Z', reason: 'Kaffee gratis' }));
      return json(201, { voucher, balance: { available, pending: 0, owed: 0 } });
    },
  });
  return mock;
}

function renderPortal(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  return renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal?tab=rewards', language });
}

const redeemCalls = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST');

describe('portal rewards', () => {
  it('lists rewards with value and cost, and disables those the customer cannot afford with a hint', async () => {
    const { fetch } = portalBackend();
    renderPortal(fetch);
    const items = await screen.findAllByTestId('reward');
    expect(items).toHaveLength(3);
    const [coffeeItem, percentItem, discountItem] = items;
    expect(coffeeItem).toHaveTextContent('Kaffee gratis');
    expect(coffeeItem).toHaveTextContent('Free: Ein Kaffee');
    expect(coffeeItem).toHaveTextContent('Zu jedem Frühstück');
    expect(within(coffeeItem).getByTestId('reward-cost')).toHaveTextContent('20 points');
    expect(percentItem).toHaveTextContent('10% off');
    expect(discountItem).toHaveTextContent('€5.00 off');
    await waitFor(() => expect(within(coffeeItem).getByRole('button', { name: 'Redeem' })).toBeEnabled());
    expect(within(percentItem).getByRole('button', { name: 'Redeem' })).toBeEnabled();
    const tooExpensive = within(discountItem).getByRole('button', { name: 'Redeem' });
    expect(tooExpensive).toBeDisabled();
    expect(tooExpensive).toHaveAccessibleDescription('475 more points needed');
  });

  it('shows vouchers with translated status, validity in the shop time zone and a QR code only while valid', async () => {
    const { fetch } = portalBackend({ vouchers: [issued, used, expired] });
    renderPortal(fetch, 'de');
    const list = await screen.findByTestId('voucher-list');
    const cards = within(list).getAllByTestId('voucher');
    expect(cards).toHaveLength(3);
    expect(within(cards[0]).getByTestId('voucher-status')).toHaveTextContent('Gültig');
    expect(within(cards[0]).getByTestId('voucher-code')).toHaveTextContent('7K3M-Q9XA-2B4C-HT8R');
    // 23:30 UTC is already the next day in Berlin
    expect(cards[0]).toHaveTextContent('Gültig bis 22.02.2027, 00:30');
    const qr = within(cards[0]).getByRole('img', { name: 'QR-Code des Gutscheins 7K3M-Q9XA-2B4C-HT8R' });
    expect(qr).toHaveAttribute('src', '/api/v1/portal/vouchers/v-new/qr');
    expect(within(cards[1]).getByTestId('voucher-status')).toHaveTextContent('Eingelöst');
    expect(cards[1]).toHaveTextContent('Eingelöst am 20.11.2026, 10:15');
    expect(within(cards[2]).getByTestId('voucher-status')).toHaveTextContent('Abgelaufen');
    expect(within(cards[1]).queryByRole('img')).not.toBeInTheDocument();
    expect(within(cards[2]).queryByRole('img')).not.toBeInTheDocument();
  });

  it('redeems after confirmation with a fresh Idempotency-Key and shows the voucher and the new balance', async () => {
    const { fetch, calls } = portalBackend();
    renderPortal(fetch);
    const u = userEvent.setup();
    expect(await screen.findByTestId('rewards-available')).toHaveTextContent('You have 25 points to redeem.');
    const [coffeeItem] = await screen.findAllByTestId('reward');
    await u.click(within(coffeeItem).getByRole('button', { name: 'Redeem' }));

    const dialog = await screen.findByRole('dialog', { name: 'Redeem reward?' });
    expect(dialog).toHaveTextContent('This reward costs 20 points.');
    expect(dialog).toHaveTextContent('Available points: 25 now, 5 afterwards.');
    expect(redeemCalls(calls)).toHaveLength(0); // nothing is sent before confirming
    await u.click(within(dialog).getByRole('button', { name: 'Redeem now' }));

    const success = await screen.findByTestId('redemption-success');
    expect(within(success).getByTestId('voucher-code')).toHaveTextContent('7K3M-Q9XA-2B4C-HT8R');
    expect(within(success).getByTestId('new-balance')).toHaveTextContent('5');
    expect(within(success).getByRole('img', { name: /QR code of voucher 7K3M/ })).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Your voucher' })).toBeInTheDocument();

    const [post] = redeemCalls(calls);
    expect(post.url).toBe('/api/v1/portal/rewards/r-coffee/redemptions');
    expect(post.headers['idempotency-key']).toMatch(UUID);
    expect(post.headers['x-xsrf-token']).toBe('csrf-1');

    await u.click(within(success).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('rewards-available')).toHaveTextContent('You have 5 points to redeem.');
    // vouchers and history were reloaded
    await waitFor(() => expect(within(screen.getByTestId('voucher-list')).getAllByTestId('voucher')).toHaveLength(2));
    await u.click(screen.getByRole('tab', { name: 'History' }));
    await waitFor(() => expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent("Redeemed for 'Kaffee gratis'"));
    expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent('-20');
    await u.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(await screen.findByTestId('available-points')).toHaveTextContent('5');
    await u.click(screen.getByRole('tab', { name: 'Rewards & vouchers' }));

    // A second redemption is a new request with a new key; now the coffee costs more than is left.
    const coffeeAgain = screen.getAllByTestId('reward')[0];
    expect(within(coffeeAgain).getByRole('button', { name: 'Redeem' })).toBeDisabled();
    expect(within(coffeeAgain).getByTestId('reward-hint')).toHaveTextContent('15 more points needed');
  });

  it('reuses the Idempotency-Key only when the same redemption is retried after a network error', async () => {
    const { fetch, calls } = portalBackend({ available: 60, failFirstRedeem: true });
    renderPortal(fetch);
    const u = userEvent.setup();
    const [coffeeItem] = await screen.findAllByTestId('reward');
    await waitFor(() => expect(within(coffeeItem).getByRole('button', { name: 'Redeem' })).toBeEnabled());
    await u.click(within(coffeeItem).getByRole('button', { name: 'Redeem' }));
    const dialog = await screen.findByRole('dialog');
    await u.click(within(dialog).getByRole('button', { name: 'Redeem now' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server cannot be reached');
    await u.click(within(dialog).getByRole('button', { name: 'Redeem now' }));
    await screen.findByTestId('redemption-success');
    await u.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await u.click(within(screen.getAllByTestId('reward')[0]).getByRole('button', { name: 'Redeem' }));
    await u.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Redeem now' }));
    await screen.findByTestId('redemption-success');

    const keys = redeemCalls(calls).map((c) => c.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('uses a new key when the dialog was closed after a network error (balance and vouchers are reloaded)', async () => {
    const { fetch, calls } = portalBackend({ available: 60, failFirstRedeem: true });
    renderPortal(fetch);
    const u = userEvent.setup();
    const [coffeeItem] = await screen.findAllByTestId('reward');
    await waitFor(() => expect(within(coffeeItem).getByRole('button', { name: 'Redeem' })).toBeEnabled());
    await u.click(within(coffeeItem).getByRole('button', { name: 'Redeem' }));
    await u.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Redeem now' }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent('The server cannot be reached');
    const reloadsBefore = calls.filter((c) => c.url === '/api/v1/portal/me').length;
    expect(reloadsBefore).toBeGreaterThanOrEqual(2); // reloaded after the failure
    await u.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await u.click(within(screen.getAllByTestId('reward')[0]).getByRole('button', { name: 'Redeem' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument(); // a fresh start
    await u.click(within(dialog).getByRole('button', { name: 'Redeem now' }));
    await screen.findByTestId('redemption-success');
    const keys = redeemCalls(calls).map((c) => c.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('shows a refusal of the server (not enough points) in the dialog', async () => {
    const { fetch } = portalBackend({
      refuse: () =>
        problem(422, { code: 'insufficient-points', title: 'Not enough points', detail: '20 points are needed, 10 are available.' }),
    });
    renderPortal(fetch);
    const u = userEvent.setup();
    const [coffeeItem] = await screen.findAllByTestId('reward');
    await waitFor(() => expect(within(coffeeItem).getByRole('button', { name: 'Redeem' })).toBeEnabled());
    await u.click(within(coffeeItem).getByRole('button', { name: 'Redeem' }));
    const dialog = await screen.findByRole('dialog');
    await u.click(within(dialog).getByRole('button', { name: 'Redeem now' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not enough points');
    expect(alert).toHaveTextContent('20 points are needed, 10 are available.');
    expect(screen.queryByTestId('redemption-success')).not.toBeInTheDocument();
  });
});
