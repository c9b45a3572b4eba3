import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VoucherOverview } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, problem, renderApp, user } from '../../../test/render';

const CODE = '7K3M-Q9XA-2B4C-HT8R';
const GET = `GET /api/v1/shops/shop-1/vouchers/${CODE}`;
const POST = `POST /api/v1/shops/shop-1/vouchers/${CODE}/redemption`;
const OVERVIEW = 'GET /api/v1/shops/shop-1/vouchers';
const emptyOverview = () =>
  json<VoucherOverview>(200, { items: [], status: 'ISSUED', page: 0, size: 25, counts: { issued: 0, redeemed: 0, expired: 0, cancelled: 0 } });
/** The calls of the desk itself (not of the overview below it). */
const deskCalls = (calls: { url: string }[]) => calls.filter((c) => !c.url.startsWith('/api/v1/shops/shop-1/vouchers?'));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const voucher = {
  id: 'v1',
  code: CODE,
  rewardName: 'Fünf Euro',
  pointsSpent: 500,
  kind: 'AMOUNT_OFF',
  amount: '5.00',
  currency: 'EUR',
  validFrom: '2026-11-23T10:00:00Z',
  validUntil: '2026-12-23T10:00:00Z',
  status: 'ISSUED',
};
const redeemed = { ...voucher, status: 'REDEEMED', redeemedAt: '2026-11-24T08:05:00Z' };

function renderDesk(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/vouchers', language });
}

async function lookUp(code: string, button = 'Look up') {
  const u = userEvent.setup();
  await u.type(screen.getByTestId('voucher-code-input'), code);
  await u.click(screen.getByRole('button', { name: button }));
  return u;
}

describe('voucher desk', () => {
  it('looks up a pasted code, shows the voucher and redeems it with an Idempotency-Key', async () => {
    let status = 'ISSUED';
    const { fetch, calls } = mockFetch({
      [OVERVIEW]: emptyOverview,
      [GET]: () => json(200, status === 'ISSUED' ? voucher : redeemed),
      [POST]: () => {
        status = 'REDEEMED';
        return json(200, redeemed);
      },
    });
    renderDesk(fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Redeem a voucher' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vouchers' })).toHaveAttribute('href', '/admin/vouchers');
    const u = await lookUp(' 7k3m q9xa 2b4c ht8r ');
    const details = await screen.findByTestId('voucher-details');
    expect(details).toHaveTextContent('Fünf Euro');
    expect(details).toHaveTextContent('€5.00 off');
    expect(details).toHaveTextContent('Valid');
    expect(details).toHaveTextContent('23 Dec 2026, 11:00'); // valid until, Berlin time
    expect(details).toHaveTextContent('500 points');
    expect(deskCalls(calls)[0].url).toBe(`/api/v1/shops/shop-1/vouchers/${CODE}`);

    await u.click(screen.getByRole('button', { name: 'Redeem' }));
    const success = await screen.findByTestId('voucher-redeemed');
    expect(success).toHaveTextContent('Voucher redeemed');
    expect(success).toHaveTextContent('Give the customer: €5.00 off');
    expect(screen.getByTestId('voucher-details')).toHaveTextContent('Redeemed');
    expect(screen.queryByRole('button', { name: 'Redeem' })).not.toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['idempotency-key']).toMatch(UUID);
    expect(post.headers['x-xsrf-token']).toBe('csrf-1');

    // Looking the same code up again shows clearly that it was used.
    await u.click(screen.getByRole('button', { name: 'Next voucher' }));
    expect(screen.getByTestId('voucher-code-input')).toHaveValue('');
    await lookUp(CODE);
    const used = await screen.findByTestId('voucher-already-redeemed');
    expect(used).toHaveTextContent('Already used');
    expect(used).toHaveTextContent('already redeemed on 24 Nov 2026, 09:05');
    expect(screen.queryByRole('button', { name: 'Redeem' })).not.toBeInTheDocument();
  });

  it('shows clearly that a voucher was already used when the redemption answers 409', async () => {
    let redeemedElsewhere = false;
    const { fetch } = mockFetch({
      [OVERVIEW]: emptyOverview,
      [GET]: () => json(200, redeemedElsewhere ? redeemed : voucher),
      [POST]: () => {
        redeemedElsewhere = true;
        return problem(409, {
          code: 'voucher-already-redeemed',
          title: 'Voucher already used',
          detail: 'This voucher was already used.',
          errors: [{ field: 'code', message: 'This voucher was already used.' }],
        });
      },
    });
    renderDesk(fetch);
    const u = await lookUp(CODE);
    await u.click(await screen.findByRole('button', { name: 'Redeem' }));
    const alert = await screen.findByTestId('voucher-already-redeemed');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('Already used');
    // the voucher is reloaded and shows when it was used
    await waitFor(() => expect(alert).toHaveTextContent('on 24 Nov 2026, 09:05'));
    expect(screen.queryByTestId('voucher-redeemed')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Redeem' })).not.toBeInTheDocument();
  });

  it('shows clearly that a voucher has expired when the redemption answers 422 (German)', async () => {
    const { fetch } = mockFetch({
      [OVERVIEW]: emptyOverview,
      [GET]: () => json(200, voucher),
      [POST]: () =>
        problem(422, {
          code: 'voucher-expired',
          title: 'Gutschein abgelaufen',
          detail: 'Dieser Gutschein ist abgelaufen.',
          errors: [{ field: 'code', message: 'Dieser Gutschein ist abgelaufen.' }],
        }),
    });
    renderDesk(fetch, 'de');
    const u = await lookUp(CODE, 'Prüfen');
    await u.click(await screen.findByRole('button', { name: 'Einlösen' }));
    const alert = await screen.findByTestId('voucher-expired');
    expect(alert).toHaveTextContent('Abgelaufen');
    expect(alert).toHaveTextContent('kann nicht eingelöst werden');
    expect(screen.queryByTestId('voucher-redeemed')).not.toBeInTheDocument();
  });

  it('marks a cancelled voucher on look-up and offers no redeem button', async () => {
    const { fetch } = mockFetch({
      [OVERVIEW]: emptyOverview,
      [GET]: () => json(200, { ...voucher, status: 'CANCELLED', cancelledAt: '2026-11-25T13:00:00Z' }),
    });
    renderDesk(fetch);
    await lookUp(CODE);
    expect(await screen.findByTestId('voucher-cancelled')).toHaveTextContent('This voucher was cancelled on 25 Nov 2026, 14:00');
    expect(screen.getByTestId('voucher-details')).toHaveTextContent('Cancelled');
    expect(screen.queryByRole('button', { name: 'Redeem' })).not.toBeInTheDocument();
  });

  it('marks an expired voucher on look-up and offers no redeem button', async () => {
    const { fetch } = mockFetch({ [OVERVIEW]: emptyOverview, [GET]: () => json(200, { ...voucher, status: 'EXPIRED' }) });
    renderDesk(fetch);
    await lookUp(CODE);
    expect(await screen.findByTestId('voucher-expired')).toHaveTextContent('expired on 23 Dec 2026, 11:00');
    expect(screen.getByTestId('voucher-status')).toHaveTextContent('Expired');
    expect(screen.queryByRole('button', { name: 'Redeem' })).not.toBeInTheDocument();
  });

  it('explains an unknown code and asks for a code before calling the server', async () => {
    const { fetch, calls } = mockFetch({ [OVERVIEW]: emptyOverview });
    renderDesk(fetch);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Look up' }));
    expect(field('Voucher code')).toHaveAccessibleDescription(/Please enter a voucher code/);
    expect(deskCalls(calls)).toHaveLength(0);
    await lookUp('NOPE-NOPE');
    expect(await screen.findByTestId('voucher-not-found')).toHaveTextContent('There is no voucher with this code');
    expect(deskCalls(calls)[0].url).toBe('/api/v1/shops/shop-1/vouchers/NOPENOPE');
  });
});
