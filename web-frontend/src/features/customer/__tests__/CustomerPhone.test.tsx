import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, renderApp, user } from '../../../test/render';

const SHOP = '/api/v1/shops/shop-1';

function backend() {
  return mockFetch({
    [`GET ${SHOP}/customers`]: () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    [`GET ${SHOP}/acquisition-channels`]: () => json(200, { items: [] }),
    [`POST ${SHOP}/customers`]: () =>
      json(201, {
        id: 'cust-9',
        number: '10050',
        firstName: 'Jonas',
        lastName: 'Weber',
        email: null,
        phone: '+49 30 1234567',
        acquisitionChannel: 'IN_STORE',
        acquiredOn: '2026-11-23',
        balance: { available: 0, pending: 0, owed: 0 },
        portalEnabled: false,
        createdAt: '2026-11-23T10:00:00Z',
      }),
  });
}

describe('the new-customer form’s phone number', () => {
  it.each([
    ['en' as const, 'Phone', 'Create customer', 'Enter a phone number with digits, e.g. +49 30 1234567.'],
    ['de' as const, 'Telefon', 'Kunde anlegen', 'Bitte geben Sie eine Telefonnummer mit Ziffern ein, z. B. +49 30 1234567.'],
  ])('refuses “abc-phone!!” in words (%s) and sends a real number', async (language, phoneLabel, create, message) => {
    const { fetch, calls } = backend();
    renderApp(<AppRoutes />, {
      fetch,
      session: { authenticated: true, user: user('AGENT') },
      path: '/admin/customers',
      language,
    });
    await screen.findByTestId('customers-empty');
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: language === 'de' ? 'Neuer Kunde' : 'New customer' }));
    await screen.findByRole('dialog');
    await u.type(field(language === 'de' ? 'Vorname' : 'First name'), 'Jonas');
    await u.type(field(language === 'de' ? 'Nachname' : 'Last name'), 'Weber');
    await u.type(field(phoneLabel), 'abc-phone!!');
    await u.click(screen.getByRole('button', { name: create }));
    expect(field(phoneLabel)).toHaveAccessibleDescription(message);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await u.clear(field(phoneLabel));
    await u.type(field(phoneLabel), '+49 30 1234567');
    await u.click(screen.getByRole('button', { name: create }));
    await screen.findByTestId('customer-created');
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ phone: '+49 30 1234567' });
  });
});
