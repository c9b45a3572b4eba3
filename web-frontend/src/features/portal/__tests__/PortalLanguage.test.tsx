import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../../App';
import { json, mockFetch, problem, renderApp, SHOP, user, type RecordedCall, type Reply } from '../../../test/render';

const customer = { id: 'cust-1', number: '10042', firstName: 'Erika', lastName: 'Mustermann', email: 'erika@example.de', language: 'en' };

function portal(language: () => Reply<'PUT /api/v1/portal/language'> = () => json(200, { language: 'de' })) {
  return mockFetch({
    'GET /api/v1/portal/me': () => json(200, { customer, shop: SHOP, balance: { available: 25, pending: 0, owed: 0 } }),
    'GET /api/v1/portal/ledger': () => json(200, { items: [] }),
    'GET /api/v1/portal/requests': () => json(200, { items: [] }),
    'GET /api/v1/portal/goodwill': () => json(200, { items: [] }),
    'GET /api/v1/portal/rewards': () => json(200, { items: [] }),
    'GET /api/v1/portal/vouchers': () => json(200, { items: [] }),
    'GET /api/v1/portal/tier': () => json(200, { status: { qualifyingSpend: '0.00' }, tiers: [], history: [] }),
    'GET /api/v1/portal/expiring': () => json(200, { mode: 'NONE', months: 0, items: [] }),
    'PUT /api/v1/portal/language': language,
  });
}

const languagePuts = (calls: RecordedCall[]) => calls.filter((c) => c.url.includes('/language'));

afterEach(() => vi.restoreAllMocks());

describe('portal: the language switch is remembered for the customer’s e-mails', () => {
  it('sends the chosen language with the CSRF token, only when it changes', async () => {
    const { fetch, calls } = portal();
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal', language: 'en' });
    expect(await screen.findByTestId('available-points')).toHaveTextContent('25');
    const u = userEvent.setup();
    await u.click(screen.getByTestId('lang-en')); // already English: nothing to remember
    await u.click(screen.getByTestId('lang-de'));
    expect(await screen.findByRole('heading', { name: 'Ihre Punkte' })).toBeInTheDocument();
    await waitFor(() => expect(languagePuts(calls)).toHaveLength(1));
    const [put] = languagePuts(calls);
    expect(put.method).toBe('PUT');
    expect(put.body).toEqual({ language: 'de' });
    expect(put.headers['x-xsrf-token']).toBe('csrf-1');
    expect(put.headers['accept-language']).toBe('de');

    await u.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(languagePuts(calls).map((c) => c.body)).toEqual([{ language: 'de' }, { language: 'en' }]));
  });

  it('keeps the switched language quietly when the server fails: no error shown, nothing logged', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const { fetch, calls } = portal(() => problem(500, { code: 'internal', title: 'Internal error', errorId: 'e-1' }));
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal', language: 'en' });
    await screen.findByTestId('available-points');
    await userEvent.setup().click(screen.getByTestId('lang-de'));
    await waitFor(() => expect(languagePuts(calls)).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('heading', { name: 'Ihre Punkte' })).toBeInTheDocument();
    expect(screen.getByTestId('lang-de')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Internal error|Interner Fehler|e-1/)).not.toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('is not called by staff or on public pages', async () => {
    const staff = mockFetch({ 'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }) });
    renderApp(<AppRoutes />, { fetch: staff.fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/customers' });
    await screen.findByTestId('customers-empty');
    const u = userEvent.setup();
    await u.click(screen.getByTestId('lang-de'));
    expect(await screen.findByRole('heading', { name: 'Kunden' })).toBeInTheDocument();
    expect(languagePuts(staff.calls)).toEqual([]);
    cleanup();

    const visitor = mockFetch({});
    renderApp(<AppRoutes />, { fetch: visitor.fetch, session: { authenticated: false }, path: '/portal/login?shop=baeckerei' });
    await u.click(await screen.findByTestId('lang-de'));
    await u.click(screen.getByTestId('lang-en'));
    await new Promise((r) => setTimeout(r, 50));
    expect(visitor.calls.filter((c) => c.method !== 'GET')).toEqual([]);
    expect(languagePuts(visitor.calls)).toEqual([]);
  });
});
