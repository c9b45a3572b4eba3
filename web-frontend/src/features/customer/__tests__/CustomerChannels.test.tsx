import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerSummary, ShopChannel } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, problem, renderApp, user } from '../../../test/render';

const SHOP = '/api/v1/shops/shop-1';
const CHANNELS: ShopChannel[] = [
  { code: 'IN_STORE', name: 'Laden am Markt', builtIn: true, customers: 3 },
  { code: 'WEBSITE', name: null, builtIn: true, customers: 0 },
  { code: 'REFERRAL', name: null, builtIn: true, customers: 0 },
  { code: 'FLYER_AM_MARKT', name: 'Flyer am Markt', builtIn: false, customers: 1 },
];
const FLYER_CUSTOMER: CustomerSummary = {
  id: 'cust-2',
  number: '10043',
  firstName: 'Jonas',
  lastName: 'Weber',
  email: null,
  acquisitionChannel: 'FLYER_AM_MARKT',
  acquiredOn: '2026-11-20',
  balance: { available: 0, pending: 0, owed: 0 },
};

const options = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);

describe('acquisition channels of customers', () => {
  it('are offered by the new-customer form as the shop names them, its own ones too', async () => {
    const { fetch, calls } = mockFetch({
      [`GET ${SHOP}/customers`]: () => json(200, { items: [], page: 0, size: 25, total: 0 }),
      [`GET ${SHOP}/acquisition-channels`]: () => json(200, { items: CHANNELS }),
      [`POST ${SHOP}/customers`]: () =>
        json(201, {
          ...FLYER_CUSTOMER,
          phone: null,
          portalEnabled: false,
          createdAt: '2026-11-23T10:00:00Z',
        }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers' });
    await screen.findByTestId('customers-empty');
    // nothing asked before the form opens
    expect(calls.some((c) => c.url.includes('acquisition-channels'))).toBe(false);
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'New customer' }));
    await waitFor(() => expect(options(field('Acquisition channel'))).toContain('Flyer am Markt'));
    expect(options(field('Acquisition channel'))).toEqual(['Laden am Markt', 'Website', 'Referral', 'Flyer am Markt']);
    await u.type(field('First name'), 'Jonas');
    await u.type(field('Last name'), 'Weber');
    await u.selectOptions(field('Acquisition channel'), 'Flyer am Markt');
    await u.click(screen.getByRole('button', { name: 'Create customer' }));
    await screen.findByTestId('customer-created');
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ acquisitionChannel: 'FLYER_AM_MARKT' });
  });

  it('fall back to the built-in ones when the shop’s cannot be loaded', async () => {
    const { fetch } = mockFetch({
      [`GET ${SHOP}/customers`]: () => json(200, { items: [], page: 0, size: 25, total: 0 }),
      [`GET ${SHOP}/acquisition-channels`]: () => problem(500, { code: 'internal', title: 'Server error' }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/customers' });
    await screen.findByTestId('customers-empty');
    await userEvent.setup().click(screen.getByRole('button', { name: 'New customer' }));
    await screen.findByRole('dialog');
    expect(options(field('Acquisition channel'))).toEqual([
      'In store',
      'Website',
      'Social media',
      'Referral',
      'Advertising',
      'Event',
      'Partner',
      'Other',
    ]);
  });

  it('show a channel of the shop’s own by its name in the customer list', async () => {
    const { fetch } = mockFetch({
      [`GET ${SHOP}/customers`]: () => json(200, { items: [FLYER_CUSTOMER], page: 0, size: 25, total: 1 }),
      [`GET ${SHOP}/acquisition-channels`]: () => json(200, { items: CHANNELS }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers' });
    const table = await screen.findByTestId('customers-table');
    expect(await within(table).findByText('Flyer am Markt')).toBeInTheDocument();
  });
});
