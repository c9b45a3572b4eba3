import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../App';
import { balance } from '../../../test/fixtures';
import { json, mockFetch, problem, renderApp, user } from '../../../test/render';
import { CustomerValueCard } from '../CustomerValueCard';
import type { CustomerValue } from '../types';
import { customerValue, reply, withPending } from './fixtures';

const CUSTOMER = '/api/v1/shops/shop-1/customers/cust-1';
const VALUE = `${CUSTOMER}/value`;

/** The customer's page as an agent sees it, with its value answered by `value`. */
function customerPage(value: () => Response, language: 'en' | 'de' = 'en') {
  const mock = mockFetch(
    withPending(
      {
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
        [`GET ${CUSTOMER}/gestures`]: () => json(200, { items: [] }),
        [`GET ${CUSTOMER}/subscriptions`]: () => json(200, { items: [] }),
        'GET /api/v1/shops/shop-1/cases': () => json(200, { items: [] }),
        'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
      },
      { [`GET ${VALUE}`]: value },
    ),
  );
  renderApp(<AppRoutes />, {
    fetch: mock.fetch,
    session: { authenticated: true, user: user('AGENT') },
    path: '/admin/customers/cust-1',
    language,
  });
  return mock;
}

/** The card alone, for the states of the value. */
function card(value: () => Response, language: 'en' | 'de' = 'en') {
  const mock = mockFetch(withPending({}, { [`GET ${VALUE}`]: value }));
  renderApp(<CustomerValueCard shopId="shop-1" customerId="cust-1" timeZone="Europe/Berlin" />, {
    fetch: mock.fetch,
    session: { authenticated: true, user: user('AGENT') },
    language,
  });
  return mock;
}

describe('customer value on the customer page', () => {
  it('shows the lifetime value over the horizon, P(alive) with the segment and the revenue so far to agents', async () => {
    const { calls } = customerPage(() => reply<CustomerValue>(200, customerValue()));
    const box = await screen.findByTestId('customer-value');
    expect(within(box).getByRole('heading', { name: 'Customer value' })).toBeInTheDocument();
    expect(within(box).getByTestId('customer-value-clv')).toHaveTextContent('Lifetime value€345.60 over 36 months');
    expect(within(box).getByTestId('customer-value-palive')).toHaveTextContent('P(alive)78%Active');
    expect(within(box).getByTestId('customer-value-revenue')).toHaveTextContent('Revenue to date€1,234.50');
    expect(box).toHaveTextContent('Expected purchases6.4 in 36 months');
    expect(box).toHaveTextContent('Computed on 30 Nov 2026, 03:15');
    expect(calls.some((c) => c.url === VALUE)).toBe(true);
  });

  it('speaks German', async () => {
    card(() => reply<CustomerValue>(200, customerValue({ pAlive: 0.31, segment: 'AT_RISK' })), 'de');
    const box = await screen.findByTestId('customer-value');
    expect(within(box).getByRole('heading', { name: 'Kundenwert' })).toBeInTheDocument();
    expect(within(box).getByTestId('customer-value-clv')).toHaveTextContent('345,60 € über 36 Monate');
    expect(within(box).getByTestId('customer-value-palive')).toHaveTextContent('31 %Gefährdet');
    expect(within(box).getByTestId('customer-value-revenue')).toHaveTextContent('1.234,50 €');
  });

  it('says “not computed yet” while there is no value', async () => {
    card(() =>
      reply<CustomerValue>(
        200,
        customerValue({ clv: null, pAlive: null, segment: null, model: null, expectedPurchases: null, expectedValue: null, computedAt: null }),
      ),
    );
    const box = await screen.findByTestId('customer-value');
    expect(within(box).getByTestId('customer-value-none')).toHaveTextContent('Not computed yet.');
    expect(within(box).queryByTestId('customer-value-palive')).not.toBeInTheDocument();
    expect(within(box).getByTestId('customer-value-revenue')).toHaveTextContent('€1,234.50');
  });

  it('leaves the card out when the server does not know the endpoint', async () => {
    const { calls } = customerPage(() => problem(404, { code: 'not-found' }));
    expect(await screen.findByTestId('customer-name')).toHaveTextContent('Anna Schmidt');
    await waitFor(() => expect(calls.some((c) => c.url === VALUE)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('customer-tier')).toBeInTheDocument();
    expect(screen.queryByTestId('customer-value')).not.toBeInTheDocument();
  });

  it('offers a retry when the value cannot be loaded', async () => {
    card(() => problem(500, { code: 'server-error' }));
    const box = await screen.findByTestId('customer-value');
    expect(within(box).getByTestId('retry')).toBeInTheDocument();
  });
});
