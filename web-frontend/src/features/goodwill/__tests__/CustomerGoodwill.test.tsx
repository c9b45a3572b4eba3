import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Subscription, SubscriptionInput } from '../../../api';
import { AppRoutes } from '../../../App';
import { balance } from '../../../test/fixtures';
import { field, json, mockFetch, problem, renderApp, user } from '../../../test/render';
import { gesture } from './fixtures';

const CUSTOMER = '/api/v1/shops/shop-1/customers/cust-1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function backend(initial: Subscription[] = []) {
  let subscriptions = initial;
  return mockFetch({
    [`GET ${CUSTOMER}`]: () =>
      json(200, {
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
        balance: balance(),
      }),
    [`GET ${CUSTOMER}/ledger`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/purchases`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/vouchers`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/contacts`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/tier`]: () => json(200, { status: { qualifyingSpend: '0.00' }, history: [] }),
    'GET /api/v1/shops/shop-1/cases': () => json(200, { items: [] }),
    'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/gestures`]: () =>
      json(200, {
        items: [
          gesture({ caseId: 'case-4' }),
          gesture({ id: 'g-2', kind: 'VOUCHER', points: null, description: 'Kaffee gratis', cost: '2.00', status: 'PENDING_APPROVAL', overLimits: ['MONTHLY_BUDGET'], issuedAt: null }),
        ],
      }),
    [`GET ${CUSTOMER}/subscriptions`]: () => json(200, { items: subscriptions }),
    [`POST ${CUSTOMER}/subscriptions`]: (call) => {
      const body = call.body as SubscriptionInput;
      const added = { id: 's2', plan: body.plan, monthlyFee: String(body.monthlyFee), currency: 'EUR', paidUntil: body.paidUntil };
      subscriptions = [...subscriptions, added];
      return json(201, added);
    },
    [`PUT ${CUSTOMER}/subscriptions/s1`]: (call) => {
      const body = call.body as SubscriptionInput;
      if (body.plan === 'x') return problem(422, { code: 'subscription-fee', errors: [{ field: 'monthlyFee', message: 'Too high' }] });
      const changed = { id: 's1', plan: body.plan, monthlyFee: String(body.monthlyFee), currency: 'EUR', paidUntil: body.paidUntil };
      subscriptions = subscriptions.map((s) => (s.id === 's1' ? changed : s));
      return json(200, changed);
    },
  });
}

function open(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers/cust-1', language });
}

describe('goodwill and subscriptions on the customer page', () => {
  it('lists the goodwill received, with its status in words and a link to its case', async () => {
    const { fetch } = backend();
    open(fetch);
    const card = await screen.findByTestId('customer-goodwill');
    expect(card).toHaveTextContent('Goodwill received');
    const [given, waiting] = await within(card).findAllByTestId('gesture');
    expect(given).toHaveTextContent('Bonus points');
    expect(given).toHaveTextContent('120 points');
    expect(within(given).getByTestId('gesture-status')).toHaveTextContent('Given');
    expect(within(given).getByRole('link', { name: 'Open the case' })).toHaveAttribute('href', '/admin/cases/case-4');
    expect(waiting).toHaveTextContent('Voucher: Kaffee gratis');
    expect(within(waiting).getByTestId('gesture-status')).toHaveTextContent('Waiting for approval');
    expect(within(waiting).getByTestId('gesture-over')).toHaveTextContent('Exceeded: the shop’s monthly budget');
  });

  it('adds a subscription with a key and the fee as typed in German', async () => {
    const { fetch, calls } = backend();
    open(fetch, 'de');
    const card = await screen.findByTestId('customer-subscriptions');
    expect(await within(card).findByTestId('subscriptions-empty')).toHaveTextContent('Keine Abos.');
    const u = userEvent.setup();
    await u.click(within(card).getByRole('button', { name: 'Abo anlegen' }));
    await u.click(within(card).getByRole('button', { name: 'Anlegen' }));
    expect(field('Tarif')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    await u.type(field('Tarif'), 'Brötchen-Abo');
    await u.type(field('Monatsgebühr (EUR)'), '9,90');
    await u.type(field('Bezahlt bis'), '2027-01-31');
    await u.click(within(card).getByRole('button', { name: 'Anlegen' }));

    expect(await within(card).findByTestId('subscription-saved')).toHaveTextContent('Das Abo Brötchen-Abo wurde angelegt.');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ plan: 'Brötchen-Abo', monthlyFee: '9.90', paidUntil: '2027-01-31' });
    expect(post.headers['idempotency-key']).toMatch(UUID);
    const item = await within(card).findByTestId('subscription');
    expect(item).toHaveTextContent('9,90 € im Monat');
    expect(item).toHaveTextContent('Bezahlt bis 31.01.2027');
  });

  it('edits a subscription (PUT without a key) and shows a refused fee at its field', async () => {
    const { fetch, calls } = backend([{ id: 's1', plan: 'Brötchen-Abo', monthlyFee: '9.90', currency: 'EUR', paidUntil: '2027-01-31' }]);
    open(fetch);
    const card = await screen.findByTestId('customer-subscriptions');
    const u = userEvent.setup();
    await u.click(await within(card).findByRole('button', { name: 'Edit Brötchen-Abo' }));
    expect(field('Monthly fee (EUR)')).toHaveValue('9.90');
    expect(field('Paid until')).toHaveValue('2027-01-31');
    await u.clear(field('Plan'));
    await u.type(field('Plan'), 'x');
    await u.click(within(card).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field('Monthly fee (EUR)')).toHaveAccessibleDescription('Too high'));

    await u.clear(field('Plan'));
    await u.type(field('Plan'), 'Brötchen-Abo Plus');
    await u.clear(field('Monthly fee (EUR)'));
    await u.type(field('Monthly fee (EUR)'), '12.50');
    await u.click(within(card).getByRole('button', { name: 'Save' }));
    expect(await within(card).findByTestId('subscription-saved')).toHaveTextContent('The subscription Brötchen-Abo Plus was saved.');
    const put = calls.filter((c) => c.method === 'PUT').at(-1)!;
    expect(put.body).toEqual({ plan: 'Brötchen-Abo Plus', monthlyFee: '12.50', paidUntil: '2027-01-31' });
    expect(put.headers['idempotency-key']).toBeUndefined();
    expect(await within(card).findByTestId('subscription-fee')).toHaveTextContent('€12.50 a month');
  });
});
