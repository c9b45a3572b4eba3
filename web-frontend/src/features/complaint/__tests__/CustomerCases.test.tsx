import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Case, CustomerDetail } from '../../../api';
import { AppRoutes } from '../../../App';
import { json, mockFetch, problem, renderApp, user, type RecordedCall } from '../../../test/render';
import { caseSummary, complaintCase } from './fixtures';

const CUSTOMER = '/api/v1/shops/shop-1/customers/cust-1';
const CASES = '/api/v1/shops/shop-1/cases';

const customer: CustomerDetail = {
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
};

/** The customer page's backend with the customer's cases and what opening one answers. */
function backend(open: (call: RecordedCall) => ReturnType<typeof json<Case>> | ReturnType<typeof problem>) {
  return mockFetch({
    [`GET ${CUSTOMER}`]: () => json(200, customer),
    [`GET ${CUSTOMER}/ledger`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/purchases`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/vouchers`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/contacts`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/gestures`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/subscriptions`]: () => json(200, { items: [] }),
    [`GET ${CUSTOMER}/tier`]: () => json(200, { status: { qualifyingSpend: '0.00' }, history: [] }),
    'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [] }),
    [`GET ${CASES}`]: () => json(200, { items: [caseSummary({ step: 'CLOSED', closedAt: '2026-11-28T09:00:00Z' })] }),
    [`POST ${CASES}`]: open,
    [`GET ${CASES}/case-9`]: () => json(200, complaintCase({ id: 'case-9', number: 14, subject: 'Kuchen zu süß' })),
  });
}

function openCustomer(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers/cust-1', language });
}

describe('the customer’s complaints', () => {
  it('lists the customer’s cases (all of them, by customer)', async () => {
    const { fetch, calls } = backend(() => problem(500, {}));
    openCustomer(fetch, 'de');
    const section = await screen.findByTestId('customer-cases');
    expect(within(section).getByRole('heading', { name: 'Beschwerden' })).toBeInTheDocument();
    const row = await within(section).findByTestId('case-row');
    expect(within(row).getByRole('link', { name: '#12 Brötchen waren hart' })).toHaveAttribute('href', '/admin/cases/case-1');
    expect(within(row).getByTestId('case-step')).toHaveTextContent('Abgeschlossen');
    expect(within(row).queryByTestId('case-customer')).not.toBeInTheDocument();
    const list = new URL(calls.find((c) => c.url.includes('/cases?'))!.url, 'http://localhost').searchParams;
    expect(list.get('view')).toBe('ALL');
    expect(list.get('customerId')).toBe('cust-1');
  });

  it('opens a complaint in a dialog, sends it once with a key and goes to the new case', async () => {
    const { fetch, calls } = backend(() => json(201, complaintCase({ id: 'case-9', number: 14, subject: 'Kuchen zu süß' })));
    openCustomer(fetch);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Open complaint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a complaint' });
    await u.click(within(dialog).getByRole('button', { name: 'Open case' }));
    expect(within(dialog).getByLabelText(/^Subject/)).toHaveAccessibleDescription(/Please fill in this field\./);

    await u.type(within(dialog).getByLabelText(/^Subject/), 'Kuchen zu süß');
    await u.type(within(dialog).getByLabelText('Description'), 'Der Käsekuchen war viel zu süß.');
    await u.selectOptions(within(dialog).getByLabelText('Category'), 'Product quality');
    await u.selectOptions(within(dialog).getByLabelText('Severity'), 'Low');
    await u.selectOptions(within(dialog).getByLabelText('Channel'), 'E-mail');
    await u.selectOptions(within(dialog).getByLabelText('Type of dissatisfied customer'), 'Know-it-all');
    expect(within(dialog).getByTestId('open-case-type-tip')).toHaveTextContent('Do not argue about details');
    await u.click(within(dialog).getByRole('button', { name: 'Open case' }));

    expect(await screen.findByTestId('case-title')).toHaveTextContent('#14 Kuchen zu süß');
    const sent = calls.filter((c) => c.method === 'POST');
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe(CASES);
    expect(sent[0].body).toEqual({
      customerId: 'cust-1',
      subject: 'Kuchen zu süß',
      description: 'Der Käsekuchen war viel zu süß.',
      category: 'PRODUCT_QUALITY',
      severity: 'LOW',
      channel: 'EMAIL',
      customerType: 'KNOW_IT_ALL',
    });
    expect(sent[0].headers['idempotency-key']).toMatch(/.+/);
  });

  it('shows the server’s refusal in the dialog', async () => {
    const { fetch } = backend(() =>
      problem(400, {
        code: 'validation',
        title: 'Invalid input',
        errors: [{ field: 'subject', message: 'At most 200 characters' }],
      }),
    );
    openCustomer(fetch);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Open complaint' }));
    const dialog = await screen.findByRole('dialog');
    await u.type(within(dialog).getByLabelText(/^Subject/), 'x');
    await u.click(within(dialog).getByRole('button', { name: 'Open case' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^Subject/)).toHaveAccessibleDescription(/At most 200 characters/),
    );
    expect(screen.getByTestId('customer-name')).toHaveTextContent('Anna Schmidt');
  });
});
