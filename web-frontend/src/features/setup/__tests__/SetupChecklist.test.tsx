import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role, ShopSetup } from '../../../api';
import { AppRoutes } from '../../../App';
import { programme } from '../../../test/fixtures';
import { json, mockFetch, renderApp, user } from '../../../test/render';

const SHOP = '/api/v1/shops/shop-1';
const FRESH: ShopSetup = {
  programmeSaved: false,
  rewards: 0,
  customers: 0,
  tillKeys: 0,
  dismissed: false,
  complete: false,
  timeZone: 'Europe/Vienna',
  currency: 'EUR',
};

function backend(setup: ShopSetup = FRESH) {
  return mockFetch({
    [`GET ${SHOP}/customers`]: () => json(200, { items: [], page: 0, size: 25, total: 0 }),
    [`GET ${SHOP}/acquisition-channels`]: () => json(200, { items: [] }),
    [`GET ${SHOP}/setup`]: () => json(200, setup),
    [`GET ${SHOP}/programme`]: () =>
      json(200, programme({ basePointsPerUnit: '1.0000', expiryMode: 'AFTER_EARNING', expiryMonths: 24, returnWindowDays: 14 })),
    [`POST ${SHOP}/setup/dismissal`]: () => new Response(null, { status: 204 }) as never,
  });
}

function renderCustomers(fetch: typeof globalThis.fetch, role: Role = 'OWNER', language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user(role) }, path: '/admin/customers', language });
}

describe('the new owner’s setup checklist', () => {
  it('lists the four steps with the programme in words, the shop’s zone and currency, and what is done', async () => {
    const { fetch } = backend({ ...FRESH, rewards: 2 });
    renderCustomers(fetch);
    const card = await screen.findByTestId('setup-checklist');
    expect(within(card).getByRole('heading', { name: 'Set up your shop' })).toBeInTheDocument();
    expect(screen.getByTestId('setup-progress')).toHaveTextContent('1 of 4 done');
    await waitFor(() =>
      expect(screen.getByTestId('setup-hint-programme')).toHaveTextContent(
        '1 point per €1.00, points expire 24 months after earning, 14-day return window',
      ),
    );
    expect(within(screen.getByTestId('setup-step-programme')).getByRole('link', { name: 'Open the programme' })).toHaveAttribute(
      'href',
      '/admin/programme',
    );
    expect(screen.getByTestId('setup-step-reward')).toHaveAttribute('data-done', 'true');
    expect(within(screen.getByTestId('setup-step-reward')).queryByRole('link')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('setup-step-tillKey')).getByRole('link', { name: 'Go to API keys' })).toHaveAttribute(
      'href',
      '/admin/api-keys',
    );
    expect(screen.getByTestId('setup-shop')).toHaveTextContent(/Time zone: Vienna, Austria \(UTC\+0[12]:00\) · Currency: EUR/);
  });

  it('opens the new-customer form from the customer step', async () => {
    const { fetch } = backend();
    renderCustomers(fetch);
    await screen.findByTestId('setup-checklist');
    await userEvent.setup().click(within(screen.getByTestId('setup-step-customer')).getByRole('button', { name: 'Create one now' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('is hidden for the shop with “Hide” (German)', async () => {
    const { fetch, calls } = backend();
    renderCustomers(fetch, 'OWNER', 'de');
    const card = await screen.findByTestId('setup-checklist');
    expect(within(card).getByRole('heading', { name: 'Richten Sie Ihr Geschäft ein' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('setup-hint-programme')).toHaveTextContent(
        '1 Punkt pro 1,00 €, Punkte verfallen 24 Monate nach dem Sammeln, 14 Tage Rückgabefrist',
      ),
    );
    expect(screen.getByTestId('setup-shop')).toHaveTextContent(/Zeitzone: Wien, Österreich/);
    await userEvent.setup().click(within(card).getByRole('button', { name: 'Ausblenden' }));
    await waitFor(() => expect(screen.queryByTestId('setup-checklist')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([`${SHOP}/setup/dismissal`]);
  });

  it.each([
    ['dismissed', { ...FRESH, dismissed: true }],
    ['complete', { ...FRESH, programmeSaved: true, rewards: 1, customers: 1, tillKeys: 1, complete: true }],
  ])('is not shown when %s', async (_, setup) => {
    const { fetch, calls } = backend(setup);
    renderCustomers(fetch);
    await screen.findByTestId('customers-empty');
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/setup'))).toBe(true));
    expect(screen.queryByTestId('setup-checklist')).not.toBeInTheDocument();
  });

  it('is never shown to agents, nor asked for', async () => {
    const { fetch, calls } = backend();
    renderCustomers(fetch, 'AGENT');
    await screen.findByTestId('customers-empty');
    expect(screen.queryByTestId('setup-checklist')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('/setup'))).toBe(false);
  });
});
