import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerSummary, LedgerEntry, Session } from '../api';
import { AppRoutes } from '../App';
import { todayIn } from '../format';
import { ledgerEntry as entry, PORTAL_CUSTOMER, purchase } from '../test/fixtures';
import { field, json, mockFetch, renderApp, SHOP, user, type Routes } from '../test/render';

const customer: CustomerSummary = {
  id: 'cust-1',
  number: '10042',
  firstName: 'Anna',
  lastName: 'Schmidt',
  email: 'anna@example.com',
  acquisitionChannel: 'SOCIAL_MEDIA',
  acquiredOn: '2026-11-20',
  balance: { available: 25, pending: 5, owed: 0 },
};

const ledgerEntry: LedgerEntry = entry({
  id: 'l1',
  type: 'PURCHASE_EARN',
  availableDelta: 25,
  occurredAt: '2026-11-23T23:30:00Z',
  purchase: { id: 'p1', amount: '25.00', currency: 'EUR', reference: 'Bon 17', pointsPending: 0 },
});

const emptyPortalRewards = {
  'GET /api/v1/portal/rewards': () => json(200, { items: [] }),
  'GET /api/v1/portal/vouchers': () => json(200, { items: [] }),
} satisfies Routes<'GET /api/v1/portal/rewards' | 'GET /api/v1/portal/vouchers'>;

function sessionRoute(session: Session) {
  return { 'GET /api/v1/auth/session': () => json(200, session) } satisfies Routes<'GET /api/v1/auth/session'>;
}

describe('routing', () => {
  it.each([
    [{ authenticated: true, user: user('OWNER') } as Session, 'Customers'],
    [{ authenticated: true, user: user('AGENT') } as Session, 'Customers'],
    [{ authenticated: false } as Session, 'Staff login'],
  ])('/ redirects by session', async (session, heading) => {
    const { fetch } = mockFetch({
      ...sessionRoute(session),
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: null, path: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('sends customers from / to the portal', async () => {
    const { fetch } = mockFetch({
      ...sessionRoute({ authenticated: true, user: user('CUSTOMER') }),
      'GET /api/v1/portal/me': () => json(200, { customer: PORTAL_CUSTOMER, shop: SHOP, balance: { available: 1250, pending: 10, owed: 0 } }),
      'GET /api/v1/portal/ledger': () => json(200, { items: [ledgerEntry] }),
      'GET /api/v1/portal/requests': () => json(200, { items: [] }),
      'GET /api/v1/portal/goodwill': () => json(200, { items: [] }),
      'GET /api/v1/portal/tier': () => json(200, { status: { qualifyingSpend: '25.00' }, tiers: [], history: [] }),
      ...emptyPortalRewards,
    });
    renderApp(<AppRoutes />, { fetch, session: null, path: '/' });
    expect(await screen.findByTestId('available-points')).toHaveTextContent('1,250');
  });

  it('hides owner pages from agents', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/staff' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Staff' })).not.toBeInTheDocument();
  });

  it('sends logged-out visitors of the portal to the customer login', async () => {
    const { fetch } = mockFetch({});
    renderApp(<AppRoutes />, { fetch, session: { authenticated: false }, path: '/portal' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customer login' })).toBeInTheDocument();
  });
});

describe('portal', () => {
  it('shows balance and history in the shop time zone and switches language', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/v1/portal/me': () => json(200, { customer: PORTAL_CUSTOMER, shop: SHOP, balance: { available: 25, pending: 5, owed: 0 } }),
      'GET /api/v1/portal/ledger': () => json(200, { items: [ledgerEntry] }),
      'GET /api/v1/portal/requests': () => json(200, { items: [] }),
      'GET /api/v1/portal/goodwill': () => json(200, { items: [] }),
      'GET /api/v1/portal/tier': () => json(200, { status: { qualifyingSpend: '25.00' }, tiers: [], history: [] }),
      ...emptyPortalRewards,
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal' });
    expect(await screen.findByTestId('available-points')).toHaveTextContent('25');
    expect(screen.getByTestId('pending-points')).toHaveTextContent('5');
    expect(screen.getByTestId('shop-name')).toHaveTextContent('Bäckerei Müller');
    const u = userEvent.setup();
    await u.click(screen.getByRole('tab', { name: 'History' }));
    const entry = await screen.findByTestId('ledger-entry');
    expect(entry).toHaveTextContent('Purchase');
    expect(entry).toHaveTextContent('€25.00');
    expect(entry).toHaveTextContent('+25');
    expect(entry).toHaveTextContent('24 Nov 2026, 00:30');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your points');
    await u.click(screen.getByRole('tab', { name: 'Rewards & vouchers' }));
    expect(await screen.findByTestId('rewards-empty')).toHaveTextContent('There are no rewards yet.');
    expect(screen.getByTestId('vouchers-empty')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.setup().click(screen.getByTestId('lang-de'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ihre Punkte');
    await u.click(screen.getByRole('tab', { name: 'Verlauf' }));
    expect(await screen.findByTestId('ledger-entry')).toHaveTextContent('24.11.2026, 00:30');
    expect(screen.getByTestId('ledger-entry')).toHaveTextContent('25,00 €');
    expect(localStorage.getItem('stammkunde.language')).toBe('de');

    // later API calls ask for German server messages
    await userEvent.setup().click(screen.getByRole('button', { name: 'Abmelden' })).catch(() => undefined);
    await waitFor(() => expect(calls.some((c) => c.url === '/api/v1/auth/logout')).toBe(true));
    expect(calls.find((c) => c.url === '/api/v1/auth/logout')?.headers['accept-language']).toBe('de');
  });
});

describe('staff area', () => {
  it('lists customers and creates one, whose portal link goes to them by mail', async () => {
    let created = false;
    const { fetch, calls } = mockFetch({
      'GET /api/v1/shops/shop-1/customers': () =>
        json(200, { items: created ? [customer] : [], page: 0, size: 25, total: created ? 1 : 0 }),
      'GET /api/v1/shops/shop-1/acquisition-channels': () =>
        json(200, { items: [{ code: 'IN_STORE', name: null, builtIn: true, customers: 0 }, { code: 'SOCIAL_MEDIA', name: null, builtIn: true, customers: 0 }] }),
      'POST /api/v1/shops/shop-1/customers': () => {
        created = true;
        return json(201, {
          ...customer,
          phone: null,
          portalEnabled: false,
          createdAt: '2026-11-23T10:00:00Z',
          portalActivation: { mailedTo: 'anna@example.com', expiresAt: '2026-12-07T10:00:00Z' },
        });
      },
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/customers' });
    expect(await screen.findByTestId('customers-empty')).toBeInTheDocument();
    expect(screen.getByTestId('shop-name')).toHaveTextContent('Bäckerei Müller');

    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'New customer' }));
    const dialog = await screen.findByRole('dialog');
    await u.type(field('First name'), 'Anna');
    await u.type(field('Last name'), 'Schmidt');
    await u.type(field('E-mail'), 'anna@example.com');
    await u.selectOptions(field('Acquisition channel'), 'Social media');
    expect(field('Acquired on')).toHaveValue(todayIn('Europe/Berlin'));
    await u.click(within(dialog).getByRole('button', { name: 'Create customer' }));

    // the link itself is mailed to the customer: staff learn where to and until when (shop time zone)
    expect(await screen.findByTestId('activation-mailed')).toHaveTextContent(
      'The link to the customer portal was mailed to anna@example.com. It is valid until 7 Dec 2026, 11:00.',
    );
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('/portal/activate');
    expect(within(dialog).queryByTestId('activation-held')).not.toBeInTheDocument(); // the shop is confirmed
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({
      firstName: 'Anna',
      lastName: 'Schmidt',
      email: 'anna@example.com',
      acquisitionChannel: 'SOCIAL_MEDIA',
    });
    expect(post.body).not.toHaveProperty('phone');
    // the list was reloaded
    expect(await screen.findByRole('link', { name: 'Anna Schmidt' })).toHaveAttribute('href', '/admin/customers/cust-1');
  });

  it('shows a customer with balance, ledger and purchases', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/shops/shop-1/customers/cust-1': () =>
        json(200, { ...customer, phone: '+49 30 123', portalEnabled: true, createdAt: '2026-11-20T09:00:00Z' }),
      'GET /api/v1/shops/shop-1/customers/cust-1/ledger': () => json(200, { items: [ledgerEntry] }),
      'GET /api/v1/shops/shop-1/customers/cust-1/purchases': () =>
        json(200, {
          items: [purchase({ id: 'p1', amount: '25.00', reference: 'Bon 17', occurredAt: '2026-11-23T10:00:00Z', pointsEarned: 25 })],
        }),
      'GET /api/v1/shops/shop-1/customers/cust-1/vouchers': () => json(200, { items: [] }),
      'GET /api/v1/shops/shop-1/customers/cust-1/contacts': () => json(200, { items: [] }),
      'GET /api/v1/shops/shop-1/customers/cust-1/gestures': () => json(200, { items: [] }),
      'GET /api/v1/shops/shop-1/customers/cust-1/subscriptions': () => json(200, { items: [] }),
      'GET /api/v1/shops/shop-1/cases': () => json(200, { items: [] }),
      'GET /api/v1/shops/shop-1/customers/cust-1/tier': () => json(200, { status: { qualifyingSpend: '25.00' }, history: [] }),
      'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
    });
    renderApp(<AppRoutes />, {
      fetch,
      session: { authenticated: true, user: user('AGENT') },
      path: '/admin/customers/cust-1',
      language: 'de',
    });
    expect(await screen.findByTestId('customer-name')).toHaveTextContent('Anna Schmidt');
    expect(screen.getByTestId('available-points')).toHaveTextContent('25');
    expect(screen.getByTestId('pending-points')).toHaveTextContent('5');
    expect(screen.getByText('Soziale Medien')).toBeInTheDocument();
    const row = await screen.findByTestId('ledger-entry');
    expect(row).toHaveTextContent('Einkauf');
    expect(row).toHaveTextContent('25,00 € · Bon 17');
    expect(await screen.findByTestId('purchase-row')).toHaveTextContent('23.11.2026, 11:00');
    expect(field('Betrag (EUR)')).toBeInTheDocument();
    expect(await screen.findByTestId('no-rewards')).toBeInTheDocument();
    expect(screen.getByText('Noch keine Gutscheine.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Punkte korrigieren' })).not.toBeInTheDocument(); // AGENT
    expect(await screen.findByTestId('tier-name')).toHaveTextContent('Basis');
    expect(await screen.findByTestId('customer-cases-empty')).toHaveTextContent('Keine Beschwerden erfasst.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
