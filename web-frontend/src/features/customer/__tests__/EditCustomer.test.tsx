import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerDetail } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, problem, renderApp, user, type Reply } from '../../../test/render';

const CUSTOMER = '/api/v1/shops/shop-1/customers/cust-1';
const PUT = `PUT ${CUSTOMER}` as const;

function customer(c: Partial<CustomerDetail> = {}): CustomerDetail {
  return {
    id: 'cust-1',
    number: '10042',
    firstName: 'Anna',
    lastName: 'Schmidt',
    email: 'anna@example.com',
    phone: '030 1234567',
    acquisitionChannel: 'IN_STORE',
    acquiredOn: '2026-11-20',
    createdAt: '2026-11-20T09:00:00Z',
    portalEnabled: true,
    balance: { available: 120, pending: 0, owed: 0 },
    ...c,
  };
}

/** The customer page's backend: the customer as last saved, and the answer to saving. */
function backend(save: (body: unknown) => Reply<typeof PUT>, first = customer()) {
  let current = first;
  return mockFetch({
    [`GET ${CUSTOMER}`]: () => json(200, current),
    [PUT]: (call) => {
      const reply = save(call.body);
      if (reply.ok) current = { ...current, ...(call.body as Partial<CustomerDetail>) };
      return reply;
    },
    [`GET ${CUSTOMER}/ledger`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/purchases`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/vouchers`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/contacts`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/gestures`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/subscriptions`]: () => json(200, { items: [] }),
    'GET /api/v1/shops/shop-1/cases': () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/tier`]: () => json(200, { status: { qualifyingSpend: '0.00' }, history: [] }),
    'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
  });
}

async function openEditor(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers/cust-1', language });
  const u = userEvent.setup();
  await u.click(await screen.findByTestId('edit-customer'));
  await screen.findByTestId('edit-customer-form');
  return u;
}

describe('editing a customer', () => {
  it('is prefilled, sends all four fields (empty clears) and shows the new data', async () => {
    const { fetch, calls } = backend((body) => json(200, { ...customer(), ...(body as Partial<CustomerDetail>) }));
    const u = await openEditor(fetch);
    expect(field('First name')).toHaveValue('Anna');
    expect(field('Last name')).toHaveValue('Schmidt');
    expect(field('E-mail')).toHaveValue('anna@example.com');
    expect(field('Phone')).toHaveValue('030 1234567');
    // the customer has the portal: the address is their login
    expect(screen.getByTestId('edit-customer-form')).toHaveTextContent("also the customer's login for the customer portal");

    await u.clear(field('Last name'));
    await u.type(field('Last name'), 'Schmidt-Weber ');
    await u.clear(field('Phone'));
    await u.type(field('Phone'), '+49 171 2345678');
    await u.clear(field('E-mail'));
    await u.click(screen.getByTestId('edit-customer-save'));

    expect(await screen.findByTestId('customer-saved')).toHaveTextContent("The customer's details were saved.");
    expect(screen.queryByTestId('edit-customer-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('customer-name')).toHaveTextContent('Anna Schmidt-Weber');
    expect(screen.getByText('+49 171 2345678')).toBeInTheDocument();
    const put = calls.filter((c) => c.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0].url).toBe(CUSTOMER);
    expect(put[0].headers['x-xsrf-token']).toBe('csrf-1');
    expect(put[0].body).toEqual({ firstName: 'Anna', lastName: 'Schmidt-Weber', email: null, phone: '+49 171 2345678' });
  });

  it('shows an e-mail address of another customer (409) next to the e-mail field', async () => {
    const { fetch } = backend(() =>
      problem(409, {
        code: 'customer-email-taken',
        title: 'E-mail address in use',
        detail: 'Another customer of the shop has this e-mail address.',
        errors: [{ field: 'email', message: 'Another customer of the shop has this e-mail address.' }],
      }),
    );
    const u = await openEditor(fetch);
    await u.clear(field('E-mail'));
    await u.type(field('E-mail'), 'bernd@example.com');
    await u.click(screen.getByTestId('edit-customer-save'));
    const email = await waitFor(() => {
      const input = field('E-mail');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      return input;
    });
    const form = screen.getByTestId('edit-customer-form');
    expect(form).toHaveTextContent('Another customer of the shop has this e-mail address.');
    expect(within(form).getByTestId('form-error')).toHaveTextContent('Another customer already has this e-mail address.');
    expect(email).toHaveValue('bernd@example.com');
    expect(screen.queryByTestId('customer-saved')).not.toBeInTheDocument();
  });

  it('checks the phone number before sending (German) and shows the server phone error at the field', async () => {
    const { fetch, calls } = backend(() =>
      problem(422, {
        code: 'invalid-phone',
        title: 'Ungültige Telefonnummer',
        errors: [{ field: 'phone', message: 'Telefonnummer mit 5 bis 20 Ziffern, z. B. +49 30 1234567' }],
      }),
    );
    const u = await openEditor(fetch, 'de');
    await u.clear(field('Telefon'));
    await u.type(field('Telefon'), '030 12x4');
    await u.click(screen.getByTestId('edit-customer-save'));
    expect(await screen.findByText('Bitte geben Sie eine Telefonnummer mit Ziffern ein, z. B. +49 30 1234567.')).toBeInTheDocument();
    expect(field('Telefon')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    // a number the client takes but the server refuses: the server's message at the field
    await u.clear(field('Telefon'));
    await u.type(field('Telefon'), '030 1234567');
    await u.click(screen.getByTestId('edit-customer-save'));
    expect(await screen.findByText('Telefonnummer mit 5 bis 20 Ziffern, z. B. +49 30 1234567')).toBeInTheDocument();
    expect(field('Telefon')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });
});
