import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../App';
import { json, mockFetch, renderApp, user } from '../../../test/render';

function renderCustomers(language: 'de' | 'en') {
  const mock = mockFetch({
    'GET /api/v1/shops/shop-1/customers': () => json(200, { items: [], page: 0, size: 25, total: 0 }),
  });
  renderApp(<AppRoutes />, { fetch: mock.fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers', language });
  return mock.calls;
}

describe('customers page: the search box explains what it finds', () => {
  it('names phone numbers and forgiving spellings (German) and sends the text as typed', async () => {
    const calls = renderCustomers('de');
    const search = screen.getByRole('searchbox', { name: 'Suche' });
    expect(search).toHaveAttribute('placeholder', 'Name, E-Mail, Kundennummer oder Telefon');
    expect(search).toHaveAccessibleDescription(
      'Schreibweisen sind egal: Mueller findet Müller, Strauss findet Strauß, Akzente zählen nicht. Bei Telefonnummern genügen die Ziffern.',
    );
    await userEvent.setup().type(search, 'Mueller');
    await waitFor(() => expect(calls.some((c) => c.url.includes('q=Mueller'))).toBe(true));
  });

  it('in English', () => {
    renderCustomers('en');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(search).toHaveAttribute('placeholder', 'Name, e-mail, customer number or phone');
    expect(search).toHaveAccessibleDescription(
      'Spelling variants are fine: Mueller finds Müller, Strauss finds Strauß, accents are ignored. For phone numbers the digits are enough.',
    );
  });
});
