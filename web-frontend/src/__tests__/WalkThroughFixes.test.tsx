import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../App';
import { pageTitleKey } from '../components/DocumentTitle';
import { json, mockFetch, noContent, renderApp, user } from '../test/render';

const LIST = '/api/v1/shops/shop-1/customers';
const anna = {
  id: 'cust-1',
  number: '10001',
  firstName: 'Anna',
  lastName: 'Schmidt',
  email: 'anna@example.com',
  acquisitionChannel: 'IN_STORE',
  acquiredOn: '2026-11-01',
  balance: { available: 7, pending: 0, owed: 0 },
};

describe('walk-through fixes', () => {
  it('logging out keeps the shop in the login address', async () => {
    const { fetch } = mockFetch({
      [`GET ${LIST}`]: () => json(200, { items: [], page: 0, size: 25, total: 0 }),
      'POST /api/v1/auth/logout': () => noContent(),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/customers' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(screen.getByLabelText(/^Shop/)).toHaveValue('baeckerei'));
    expect(document.title).toBe('Staff login · Stammkunde');
  });

  it('keeps the customer search and page in the URL and shows the login address', async () => {
    const { fetch, calls } = mockFetch({
      [`GET ${LIST}`]: () => json(200, { items: [anna], page: 1, size: 25, total: 60 }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/customers?q=anna&page=2' });
    expect(await screen.findByRole('link', { name: 'Anna Schmidt' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('anna');
    // the list's own request (an owner's page also asks for the setup checklist)
    const first = new URL(calls.find((c) => c.url.includes('/customers?'))!.url, 'http://x').searchParams;
    expect(first.get('q')).toBe('anna');
    expect(first.get('page')).toBe('1');
    expect(screen.getByTestId('nav-login-address')).toHaveTextContent('/login?shop=baeckerei');
    expect(document.title).toBe('Customers · Stammkunde');
  });

  it('names every page in the document title', () => {
    expect(pageTitleKey('/admin/promotions')).toBe('nav.promotions');
    expect(pageTitleKey('/admin/customers/abc')).toBe('nav.customers');
    expect(pageTitleKey('/admin/cases')).toBe('nav.cases');
    expect(pageTitleKey('/admin/cases/abc')).toBe('nav.cases');
    expect(pageTitleKey('/portal')).toBe('portal.title');
    expect(pageTitleKey('/admin/account')).toBe('nav.account');
    expect(pageTitleKey('/forgot-password')).toBe('forgotPassword.title');
    expect(pageTitleKey('/portal/forgot-password')).toBe('forgotPassword.title');
    expect(pageTitleKey('/reset-password/tok')).toBe('resetPassword.title');
    expect(pageTitleKey('/portal/reset-password/tok')).toBe('resetPassword.title');
    expect(pageTitleKey('/verify-email/tok')).toBe('verifyEmail.title');
    expect(pageTitleKey('/nowhere')).toBe('notFound.title');
  });
});
