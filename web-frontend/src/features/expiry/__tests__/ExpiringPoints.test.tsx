import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createApi, HttpClient, type ExpiringPoints, type LedgerEntry, type Programme } from '../../../api';
import { AppRoutes } from '../../../App';
import { formatDate } from '../../../format';
import { balance, ledgerEntry, PORTAL_CUSTOMER, programme as programmeOf } from '../../../test/fixtures';
import { field, json, mockFetch, renderApp, SHOP, user, type RecordedCall } from '../../../test/render';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const customer = PORTAL_CUSTOMER;

function portal(expiring: ExpiringPoints, ledger: LedgerEntry[] = []) {
  return mockFetch({
    'GET /api/v1/portal/me': () => json(200, { customer, shop: SHOP, balance: { available: 120, pending: 0, owed: 0 } }),
    'GET /api/v1/portal/ledger': () => json(200, { items: ledger }),
    'GET /api/v1/portal/requests': () => json(200, { items: [] }),
    'GET /api/v1/portal/rewards': () => json(200, { items: [] }),
    'GET /api/v1/portal/vouchers': () => json(200, { items: [] }),
    'GET /api/v1/portal/expiring': () => json(200, expiring),
  }).fetch;
}

function renderPortal(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'de') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal', language });
}

describe('api: expiring points', () => {
  it('calls the portal and the staff endpoint', async () => {
    const answer: ExpiringPoints = { mode: 'AFTER_EARNING', months: 12, items: [{ at: '2027-01-01T00:00:00Z', points: 5 }] };
    const { fetch, calls } = mockFetch({
      'GET /api/v1/portal/expiring': () => json(200, answer),
      'GET /api/v1/shops/shop-1/customers/cust%201/expiring': () => json(200, answer),
    });
    const api = createApi(new HttpClient({ fetch, cookies: () => '', language: () => 'de' }));
    await expect(api.portal.expiring()).resolves.toEqual(answer);
    await expect(api.customers.expiring('shop-1', 'cust 1')).resolves.toEqual(answer);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/portal/expiring',
      'GET /api/v1/shops/shop-1/customers/cust%201/expiring',
    ]);
  });
});

describe('portal: expiring points card', () => {
  it('says that points do not expire (mode NONE)', async () => {
    renderPortal(portal({ mode: 'NONE', months: 0, items: [] }));
    const card = await screen.findByTestId('expiring-points');
    expect(card).toHaveTextContent('Verfallende Punkte');
    expect(card).toHaveTextContent('Punkte verfallen in diesem Laden nicht.');
    expect(within(card).queryByTestId('expiring-item')).not.toBeInTheDocument();
    expect(within(card).queryByTestId('expiring-rule')).not.toBeInTheDocument();
  });

  it('lists upcoming expiries with the rule, without a warning when none is within 30 days', async () => {
    const at = inDays(90);
    renderPortal(portal({ mode: 'AFTER_EARNING', months: 12, items: [{ at, points: 40 }, { at: inDays(200), points: 1 }] }));
    const card = await screen.findByTestId('expiring-points');
    const items = within(card).getAllByTestId('expiring-item');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(formatDate(at, SHOP.timeZone, 'de'));
    expect(items[0]).toHaveTextContent('40 Punkte');
    expect(items[1]).toHaveTextContent('1 Punkt');
    expect(items[0]).toHaveAttribute('data-soon', 'false');
    expect(within(card).queryByTestId('expiring-soon')).not.toBeInTheDocument();
    expect(within(card).getByTestId('expiring-rule')).toHaveTextContent(
      'Punkte verfallen 12 Monate nach Gutschrift, die ältesten zuerst.',
    );
  });

  it('highlights expiries within 30 days (English, inactivity rule)', async () => {
    const soon = inDays(10);
    renderPortal(portal({ mode: 'AFTER_INACTIVITY', months: 6, items: [{ at: soon, points: 25 }, { at: inDays(60), points: 5 }] }), 'en');
    const card = await screen.findByTestId('expiring-points');
    const warnings = within(card).getAllByTestId('expiring-soon');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toHaveTextContent(`Attention: 25 points expire on ${formatDate(soon, SHOP.timeZone, 'en')}`);
    const items = within(card).getAllByTestId('expiring-item');
    expect(items.map((i) => i.getAttribute('data-soon'))).toEqual(['true', 'false']);
    expect(within(card).getByTestId('expiring-rule')).toHaveTextContent('All points expire 6 months after the last purchase.');
  });

  it('warns in German and names EXPIRY entries in the history', async () => {
    const soon = inDays(3);
    const ledger = [
      ledgerEntry({ id: 'l1', type: 'EXPIRY', availableDelta: -7, occurredAt: '2026-11-23T03:00:00Z', reason: 'AFTER_EARNING' }),
    ];
    renderPortal(portal({ mode: 'AFTER_EARNING', months: 12, items: [{ at: soon, points: 30 }] }, ledger));
    expect(await screen.findByTestId('expiring-soon')).toHaveTextContent(
      `Achtung: 30 Punkte verfallen am ${formatDate(soon, SHOP.timeZone, 'de')}`,
    );
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Verlauf' }));
    const entries = await screen.findAllByTestId('ledger-entry');
    expect(within(entries[0]).getByTestId('ledger-detail')).toHaveTextContent('Verfallen: zu lange zurückliegende Gutschriften');
  });

  it('shows no card when the server does not know the endpoint yet', async () => {
    const { fetch } = mockFetch({
      'GET /api/v1/portal/me': () => json(200, { customer, shop: SHOP, balance: { available: 1, pending: 0, owed: 0 } }),
    });
    renderPortal(fetch);
    expect(await screen.findByTestId('available-points')).toHaveTextContent('1');
    expect(screen.queryByTestId('expiring-points')).not.toBeInTheDocument();
  });
});

describe('customer detail: expiring points (compact)', () => {
  it('lists the expiries and the rule for staff', async () => {
    const at = inDays(5);
    const BASE = '/api/v1/shops/shop-1/customers/cust-1';
    const { fetch } = mockFetch({
      [`GET ${BASE}`]: () =>
        json(200, {
          id: customer.id,
          number: customer.number,
          firstName: customer.firstName,
          lastName: customer.lastName,
          email: customer.email,
          phone: null,
          acquisitionChannel: 'IN_STORE',
          acquiredOn: '2026-11-20',
          portalEnabled: false,
          createdAt: '2026-11-20T09:00:00Z',
          balance: balance({ available: 30 }),
        }),
      [`GET ${BASE}/expiring`]: () => json(200, { mode: 'AFTER_EARNING', months: 1, items: [{ at, points: 30 }] }),
      'GET /api/v1/shops/shop-1/cases': () => json(200, { items: [] }),
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/customers/cust-1' });
    const card = await screen.findByTestId('customer-expiring');
    expect(card).toHaveTextContent('Expiring points');
    expect(within(card).getByTestId('expiring-item')).toHaveTextContent('30 points');
    expect(within(card).getByTestId('expiring-item')).toHaveAttribute('data-soon', 'true');
    expect(within(card).getByTestId('expiring-rule')).toHaveTextContent('Points expire 1 month after they were credited, the oldest first.');
  });
});

const PROGRAMME = '/api/v1/shops/shop-1/programme';
const puts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'PUT');

function programmeBackend(initial: Partial<Programme>) {
  let programme = programmeOf({ returnWindowDays: 14, ...initial });
  return mockFetch({
    [`GET ${PROGRAMME}`]: () => json(200, programme),
    [`PUT ${PROGRAMME}`]: (call) => {
      // the settings the page sent, as the server keeps them
      programme = { ...programme, ...(call.body as Partial<Programme>), basePointsPerUnit: '1.0000' };
      return json(200, programme);
    },
  });
}

describe('programme page: points expiry', () => {
  it('lets the owner switch on expiry and sends only the changed fields', async () => {
    const { fetch, calls } = programmeBackend({ expiryMode: 'NONE', expiryMonths: 12 });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/programme' });
    await waitFor(() => expect(field('Expiry period (months)')).toHaveValue('12'));
    expect(field('Expiry period (months)')).toBeDisabled();
    const u = userEvent.setup();
    // unchanged: no expiry fields in the body
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByTestId('programme-saved');
    expect(puts(calls)[0].body).toEqual({ basePointsPerUnit: '1', returnWindowDays: 14 });

    await u.click(screen.getByLabelText('After earning'));
    expect(field('Expiry period (months)')).toBeEnabled();
    for (const input of ['0', '121', '1.5']) {
      await u.clear(field('Expiry period (months)'));
      await u.type(field('Expiry period (months)'), input);
      await u.click(screen.getByRole('button', { name: 'Save' }));
      expect(field('Expiry period (months)')).toHaveAccessibleDescription(/Please enter a whole number from 1 to 120\./);
    }
    expect(puts(calls)).toHaveLength(1);
    await u.clear(field('Expiry period (months)'));
    await u.type(field('Expiry period (months)'), '24');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(2));
    expect(puts(calls)[1].body).toEqual({ basePointsPerUnit: '1', returnWindowDays: 14, expiryMode: 'AFTER_EARNING', expiryMonths: 24 });

    // only the mode changes
    await u.click(screen.getByLabelText('After inactivity'));
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(3));
    expect(puts(calls)[2].body).toEqual({ basePointsPerUnit: '1', returnWindowDays: 14, expiryMode: 'AFTER_INACTIVITY' });
  });

  it('shows agents the expiry settings read-only (German)', async () => {
    const { fetch, calls } = programmeBackend({ expiryMode: 'AFTER_INACTIVITY', expiryMonths: 18 });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/programme', language: 'de' });
    await waitFor(() => expect(field('Verfallsfrist (Monate)')).toHaveValue('18'));
    expect(field('Verfallsfrist (Monate)')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Nach Inaktivität')).toBeChecked();
    expect(screen.getByLabelText('Nie')).toBeDisabled();
    await userEvent.setup().click(screen.getByLabelText('Nach Inaktivität'));
    expect(screen.queryByRole('button', { name: 'Speichern' })).not.toBeInTheDocument();
    expect(puts(calls)).toHaveLength(0);
  });
});
