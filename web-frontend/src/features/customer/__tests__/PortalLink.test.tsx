import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerDetail } from '../../../api';
import { AppRoutes } from '../../../App';
import { json, mockFetch, problem, renderApp, user, type Reply } from '../../../test/render';

const CUSTOMER = '/api/v1/shops/shop-1/customers/cust-1';
const SEND = `POST ${CUSTOMER}/portal-link` as const;

function customer(c: Partial<CustomerDetail> = {}): CustomerDetail {
  return {
    id: 'cust-1',
    number: '10042',
    firstName: 'Anna',
    lastName: 'Schmidt',
    email: 'anna@example.com',
    phone: null,
    acquisitionChannel: 'IN_STORE',
    acquiredOn: '2026-11-20',
    createdAt: '2026-11-20T09:00:00Z',
    portalEnabled: false,
    balance: { available: 0, pending: 0, owed: 0 },
    ...c,
  };
}

/** The customer page's backend; `answers` are the customer as read one after the other. */
function backend(answers: CustomerDetail[], send: () => Reply<typeof SEND>) {
  let reads = 0;
  return mockFetch({
    [`GET ${CUSTOMER}`]: () => json(200, answers[Math.min(reads++, answers.length - 1)]),
    [`GET ${CUSTOMER}/ledger`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/purchases`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/vouchers`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/contacts`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/gestures`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/subscriptions`]: () => json(200, { items: [] }),
    'GET /api/v1/shops/shop-1/cases': () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/tier`]: () => json(200, { status: { qualifyingSpend: '0.00' }, history: [] }),
    'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
    [SEND]: send,
  });
}

function open(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, {
    fetch,
    session: { authenticated: true, user: user('AGENT') },
    path: '/admin/customers/cust-1',
    language,
  });
}

describe('sending the portal link again', () => {
  it('mails a new link and says where to and until when (shop time zone)', async () => {
    const { fetch, calls } = backend([customer()], () =>
      json(202, { mailedTo: 'anna@example.com', expiresAt: '2026-12-10T17:30:00Z' }),
    );
    open(fetch);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Send portal link again' }));
    expect(await screen.findByTestId('portal-link-sent')).toHaveTextContent(
      'A new portal link was mailed to anna@example.com, valid until 10 Dec 2026, 18:30. Earlier links no longer work.',
    );
    const post = calls.filter((c) => c.method === 'POST');
    expect(post.map((c) => c.url)).toEqual([`${CUSTOMER}/portal-link`]);
    expect(post[0].headers['x-xsrf-token']).toBe('csrf-1');
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
  });

  it.each([
    ['once the portal is active', customer({ portalEnabled: true }), 'Activated'],
    ['without an e-mail address', customer({ email: null }), 'Not activated'],
  ])('is not offered %s', async (_, shown, portalState) => {
    const { fetch } = backend([shown], () => json(202, { mailedTo: 'anna@example.com', expiresAt: '2026-12-10T17:30:00Z' }));
    open(fetch);
    expect(await screen.findByTestId('customer-name')).toHaveTextContent('Anna Schmidt');
    expect(screen.getByText(portalState)).toBeInTheDocument();
    expect(screen.queryByTestId('send-portal-link')).not.toBeInTheDocument();
  });

  it('keeps the server’s answer when the customer has activated the portal meanwhile (409) and reloads', async () => {
    const { fetch, calls } = backend([customer(), customer({ portalEnabled: true })], () =>
      problem(409, {
        code: 'portal-active',
        title: 'Portal already active',
        detail: 'The customer has set a portal password already.',
      }),
    );
    open(fetch, 'en');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Send portal link again' }));
    const alert = await screen.findByTestId('form-error');
    expect(alert).toHaveTextContent('Portal already active');
    expect(alert).toHaveTextContent('The customer has set a portal password already.');
    await waitFor(() => expect(screen.getByText('Activated')).toBeInTheDocument());
    expect(screen.queryByTestId('send-portal-link')).not.toBeInTheDocument();
    expect(screen.getByTestId('form-error')).toHaveTextContent('Portal already active');
    expect(calls.filter((c) => c.method === 'GET' && c.url === CUSTOMER)).toHaveLength(2);
  });

  it('shows a refusal in German (422 customer-email-missing)', async () => {
    const { fetch } = backend([customer()], () =>
      problem(422, { code: 'customer-email-missing', title: 'Keine E-Mail-Adresse', detail: 'Der Kunde hat keine E-Mail-Adresse.' }),
    );
    open(fetch, 'de');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Portal-Link erneut senden' }));
    const alert = await screen.findByTestId('form-error');
    expect(alert).toHaveTextContent('Keine E-Mail-Adresse');
    expect(alert).toHaveTextContent('Der Kunde hat keine E-Mail-Adresse.');
    expect(screen.queryByTestId('portal-link-sent')).not.toBeInTheDocument();
  });
});
