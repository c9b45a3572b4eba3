import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Balance, LedgerEntry, Purchase, Role } from '../../../api';
import { AppRoutes } from '../../../App';
import { ledgerEntry } from '../../../test/fixtures';
import { json, mockFetch, problem, renderApp, user, type RecordedCall } from '../../../test/render';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE = '/api/v1/shops/shop-1/customers/cust-1';
const RETURN_25 = `POST ${BASE}/purchases/p25/returns`;

const p25: Purchase = {
  id: 'p25',
  amount: '25.00',
  currency: 'EUR',
  reference: 'Bon 17',
  occurredAt: '2026-11-22T10:00:00Z',
  pointsEarned: 25,
  pointsPending: 0,
  releaseAt: null,
  amountReturned: '0.00',
  pointsReversed: 0,
  lines: [],
};
const pending: Purchase = {
  id: 'p13',
  amount: '13.44',
  currency: 'EUR',
  reference: null,
  occurredAt: '2026-11-10T11:53:00Z',
  pointsEarned: 13,
  pointsPending: 13,
  releaseAt: '2026-11-24T11:53:00Z',
  amountReturned: '0.00',
  pointsReversed: 0,
  lines: [
    { category: 'Kaffee', amount: '3.20' },
    { category: 'Torten', amount: '8.00' },
  ],
};
const returned: Purchase = { ...p25, id: 'p4', amount: '4.00', reference: null, pointsEarned: 4, amountReturned: '4.00', pointsReversed: 4 };

/**
 * The customer of the e2e slice: 25 points earned, 20 redeemed, so 5 available. A return takes the purchase's
 * points back in proportion: from available points first here, the rest is owed.
 */
function backend(options: { failFirst?: boolean; refuseFirst?: boolean } = {}) {
  let balance: Balance = { available: 5, pending: 13, owed: 0 };
  let purchase = { ...p25 };
  let fail = options.failFirst ?? false;
  let refuse = options.refuseFirst ?? false;
  const ledger: LedgerEntry[] = [
    ledgerEntry({ id: 'l-red', type: 'REDEMPTION', availableDelta: -20, occurredAt: '2026-11-22T11:00:00Z', reason: 'Kaffee gratis' }),
  ];
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
        balance,
        phone: null,
        portalEnabled: false,
        createdAt: '2026-11-20T09:00:00Z',
      }),
    [`GET ${BASE}/ledger`]: () => json(200, { items: ledger }),
    [`GET ${BASE}/purchases`]: () => json(200, { items: [purchase, pending, returned] }),
    [`GET ${BASE}/vouchers`]: () => json(200, { items: [] }),
    'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
    [RETURN_25]: (call) => {
      if (fail) {
        fail = false;
        throw new TypeError('Failed to fetch');
      }
      if (refuse) {
        // another till returned 10.00 meanwhile: this page still shows 25.00 as returnable
        refuse = false;
        const message = 'At most 15.00 of this purchase can be returned';
        return problem(422, {
          code: 'return-exceeds-purchase',
          title: 'Return exceeds purchase',
          detail: message,
          errors: [{ field: 'amount', message }],
        });
      }
      const { amount } = call.body as { amount: string };
      const returnedTotal = Number(purchase.amountReturned) + Number(amount);
      const reverse = Math.floor((25 * returnedTotal) / 25) - purchase.pointsReversed;
      const fromAvailable = Math.min(reverse, balance.available);
      const owed = reverse - fromAvailable;
      balance = { ...balance, available: balance.available - fromAvailable, owed: balance.owed + owed };
      purchase = { ...purchase, amountReturned: returnedTotal.toFixed(2), pointsReversed: purchase.pointsReversed + reverse };
      ledger.unshift(
        ledgerEntry({
          id: `l-ret-${ledger.length}`,
          type: 'RETURN',
          availableDelta: -fromAvailable,
          owedDelta: owed,
          occurredAt: '2026-11-23T10:00:00Z',
          purchase: { id: 'p25', amount: '25.00', currency: 'EUR', reference: 'Bon 17', pointsPending: 0 },
        }),
      );
      return json(201, {
        id: `ret-${ledger.length}`,
        purchaseId: 'p25',
        amount,
        currency: 'EUR',
        pointsReversed: reverse,
        owedAdded: owed,
        occurredAt: '2026-11-23T10:00:00Z',
        balance,
      });
    },
  });
}

function renderDetail(fetch: typeof globalThis.fetch, role: Role = 'OWNER', language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, {
    fetch,
    session: { authenticated: true, user: user(role) },
    path: '/admin/customers/cust-1',
    language,
  });
}

const returns = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST');
const gets = (calls: RecordedCall[], path: string) => calls.filter((c) => c.method === 'GET' && c.url.split('?')[0] === path).length;

async function purchaseRow(id: string) {
  return (await screen.findAllByTestId('purchase-row')).find((r) => r.dataset.purchaseId === id)!;
}

async function openReturn(u: ReturnType<typeof userEvent.setup>, name = /^Return/) {
  await u.click(within(await purchaseRow('p25')).getByRole('button', { name }));
  return screen.findByRole('dialog', { name: 'Record a return' });
}

describe('purchases: points, pending, returns', () => {
  it('lists points earned, pending points with their release date, and what was returned', async () => {
    renderDetail(backend().fetch);
    const row = await purchaseRow('p13');
    expect(within(row).getByTestId('purchase-points')).toHaveTextContent('+13');
    // shop time zone: 11:53 UTC is 12:53 in Berlin
    expect(within(row).getByTestId('purchase-pending')).toHaveTextContent('13 pending · available from 24 Nov 2026, 12:53');
    const done = await purchaseRow('p4');
    expect(within(done).getByTestId('purchase-returned')).toHaveTextContent('€4.00');
    expect(within(done).getByTestId('purchase-reversed')).toHaveTextContent('-4 points');
    expect(within(done).queryByRole('button')).not.toBeInTheDocument(); // nothing left to return
    expect(within(await purchaseRow('p25')).queryByTestId('purchase-pending')).not.toBeInTheDocument();
    expect(within(row).getByTestId('purchase-lines')).toHaveTextContent('Kaffee €3.20 · Torten €8.00');
    expect(within(await purchaseRow('p25')).queryByTestId('purchase-lines')).not.toBeInTheDocument();
    expect(screen.getByTestId('owed-points')).toHaveTextContent('0');
    expect(screen.queryByTestId('owed-hint')).not.toBeInTheDocument();
  });

  it('prefills the returnable amount, records a partial return and refreshes balance, purchases and history', async () => {
    const { fetch, calls } = backend();
    renderDetail(fetch, 'AGENT'); // staff may record returns, not only the owner
    expect(await screen.findByTestId('available-points')).toHaveTextContent('5');
    const u = userEvent.setup();
    const dialog = await openReturn(u, /^Return for the purchase of €25\.00 on 22 Nov 2026, 11:00$/);
    expect(dialog).toHaveTextContent('Purchase of €25.00 on 22 Nov 2026, 11:00');
    expect(dialog).toHaveTextContent('Bon 17');
    const amount = within(dialog).getByLabelText(/^Amount returned \(EUR\)/);
    expect(amount).toHaveValue('25.00');
    expect(amount).toHaveAccessibleDescription('At most €25.00. Enter less for a partial return.');

    await u.clear(amount);
    await u.type(amount, '10.00');
    await u.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(within(dialog).getByTestId('return-confirm')).toHaveTextContent('Record a return of €10.00?');
    expect(returns(calls)).toHaveLength(0); // nothing is sent before the confirmation
    const before = { customer: gets(calls, BASE), ledger: gets(calls, `${BASE}/ledger`), purchases: gets(calls, `${BASE}/purchases`) };
    await u.click(within(dialog).getByRole('button', { name: 'Confirm return' }));

    const success = await within(dialog).findByTestId('return-success');
    expect(success).toHaveTextContent('€10.00 taken back.');
    expect(within(success).getByTestId('return-points')).toHaveTextContent('-10 points');
    expect(within(success).getByTestId('return-owed')).toHaveTextContent(
      '5 points of it become a point debt: the customer had already spent them; the debt is paid off by future points.',
    );
    const [post] = returns(calls);
    expect(post.url).toBe(`${BASE}/purchases/p25/returns`);
    expect(post.body).toEqual({ amount: '10.00', currency: 'EUR' });
    expect(post.headers['idempotency-key']).toMatch(UUID);
    expect(post.headers['x-xsrf-token']).toBe('csrf-1');

    await u.click(within(success).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('available-points')).toHaveTextContent('0'));
    expect(screen.getByTestId('owed-points')).toHaveTextContent('5');
    expect(screen.getByTestId('owed-hint')).toHaveTextContent('Points the customer had already spent');
    await waitFor(() => expect(within(screen.getAllByTestId('purchase-row')[0]).getByTestId('purchase-returned')).toHaveTextContent('€10.00'));
    expect(within(await purchaseRow('p25')).getByTestId('purchase-reversed')).toHaveTextContent('-10 points');
    await waitFor(() => expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent('Return'));
    expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent('-5 available');
    expect(screen.getAllByTestId('ledger-entry')[0]).toHaveTextContent('5 points owed to the shop');
    expect(gets(calls, BASE)).toBeGreaterThan(before.customer);
    expect(gets(calls, `${BASE}/ledger`)).toBeGreaterThan(before.ledger);
    expect(gets(calls, `${BASE}/purchases`)).toBeGreaterThan(before.purchases);

    // the rest can still be returned: the next return is prefilled with 15.00
    const again = await openReturn(u);
    expect(again).toHaveTextContent('Already returned: €10.00');
    expect(within(again).getByLabelText(/^Amount returned/)).toHaveValue('15.00');
  });

  it('prefills in the German way', async () => {
    renderDetail(backend().fetch, 'OWNER', 'de');
    await userEvent.setup().click(within(await purchaseRow('p25')).getByRole('button', { name: /^Rückgabe/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Rückgabe erfassen' });
    expect(within(dialog).getByLabelText(/^Zurückgegebener Betrag \(EUR\)/)).toHaveValue('25,00');
    expect(within(await purchaseRow('p13')).getByTestId('purchase-pending')).toHaveTextContent('13 vorgemerkt · frei ab 24.11.2026, 12:53');
  });

  it('checks the amount locally before asking for confirmation', async () => {
    const { fetch, calls } = backend();
    renderDetail(fetch);
    const u = userEvent.setup();
    const dialog = await openReturn(u);
    const amount = within(dialog).getByLabelText(/^Amount returned/);
    await u.clear(amount);
    await u.type(amount, '30');
    await u.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(amount).toHaveAccessibleDescription(/At most €25\.00 of this purchase can be returned\./);
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    await u.clear(amount);
    await u.type(amount, '0');
    await u.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(amount).toHaveAccessibleDescription(/Please enter an amount greater than 0/);
    expect(returns(calls)).toHaveLength(0);
  });

  it('shows a refused amount (return-exceeds-purchase) at the input and sends the corrected return with a new key', async () => {
    const { fetch, calls } = backend({ refuseFirst: true });
    renderDetail(fetch);
    const u = userEvent.setup();
    const dialog = await openReturn(u);
    const purchasesBefore = gets(calls, `${BASE}/purchases`);
    await u.clear(within(dialog).getByLabelText(/^Amount returned/));
    await u.type(within(dialog).getByLabelText(/^Amount returned/), '20');
    await u.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await u.click(within(dialog).getByRole('button', { name: 'Confirm return' }));

    // back at the input, with the server's message there and not repeated in an alert
    const amount = await within(dialog).findByLabelText(/^Amount returned/);
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/At most 15\.00 of this purchase can be returned/));
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByTestId('form-error')).not.toBeInTheDocument();
    expect(amount).toHaveValue('20');
    await waitFor(() => expect(gets(calls, `${BASE}/purchases`)).toBeGreaterThan(purchasesBefore)); // reloaded

    await u.clear(amount);
    await u.type(amount, '15');
    expect(amount).not.toHaveAttribute('aria-invalid', 'true');
    await u.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await u.click(within(dialog).getByRole('button', { name: 'Confirm return' }));
    expect(await within(dialog).findByTestId('return-points')).toHaveTextContent('-15 points');
    const posts = returns(calls);
    expect(posts.map((c) => c.body)).toEqual([
      { amount: '20', currency: 'EUR' },
      { amount: '15', currency: 'EUR' },
    ]);
    expect(posts[1].headers['idempotency-key']).not.toBe(posts[0].headers['idempotency-key']);
  });

  it('reuses the Idempotency-Key only when the same return is confirmed again after a network error', async () => {
    const { fetch, calls } = backend({ failFirst: true });
    renderDetail(fetch);
    const u = userEvent.setup();
    const dialog = await openReturn(u);
    await u.clear(within(dialog).getByLabelText(/^Amount returned/));
    await u.type(within(dialog).getByLabelText(/^Amount returned/), '5');
    await u.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await u.click(within(dialog).getByRole('button', { name: 'Confirm return' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The server cannot be reached');
    // still on the confirmation: confirming again is the same return
    await u.click(within(dialog).getByRole('button', { name: 'Confirm return' }));
    expect(await within(dialog).findByTestId('return-points')).toHaveTextContent('-5 points');
    await u.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // a new return of the same amount is a new request
    const next = await openReturn(u);
    await u.clear(within(next).getByLabelText(/^Amount returned/));
    await u.type(within(next).getByLabelText(/^Amount returned/), '5');
    await u.click(within(next).getByRole('button', { name: 'Continue' }));
    await u.click(within(next).getByRole('button', { name: 'Confirm return' }));
    await within(next).findByTestId('return-success');

    const keys = returns(calls).map((c) => c.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('forgets the kept key when the dialog is closed after a network error', async () => {
    const { fetch, calls } = backend({ failFirst: true });
    renderDetail(fetch);
    const u = userEvent.setup();
    let dialog = await openReturn(u);
    await u.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await u.click(within(dialog).getByRole('button', { name: 'Confirm return' }));
    await within(dialog).findByRole('alert');
    await u.click(within(dialog).getByRole('button', { name: 'Back' }));
    await u.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    dialog = await openReturn(u);
    await u.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await u.click(within(dialog).getByRole('button', { name: 'Confirm return' }));
    expect(await within(dialog).findByTestId('return-points')).toHaveTextContent('-25 points');
    const keys = returns(calls).map((c) => c.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });
});
