import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Balance, LedgerEntry } from '../../../api';
import { AppRoutes } from '../../../App';
import { ledgerEntry, PORTAL_CUSTOMER } from '../../../test/fixtures';
import { json, mockFetch, renderApp, SHOP, user } from '../../../test/render';

const customer = PORTAL_CUSTOMER;
const purchase = { id: 'p25', amount: '25.00', currency: 'EUR', reference: null, pointsPending: 0 };

function portal(balance: Balance, ledger: LedgerEntry[] = []) {
  return mockFetch({
    'GET /api/v1/portal/me': () => json(200, { customer, shop: SHOP, balance }),
    'GET /api/v1/portal/ledger': () => json(200, { items: ledger }),
    'GET /api/v1/portal/requests': () => json(200, { items: [] }),
    'GET /api/v1/portal/goodwill': () => json(200, { items: [] }),
    'GET /api/v1/portal/rewards': () => json(200, { items: [] }),
    'GET /api/v1/portal/vouchers': () => json(200, { items: [] }),
  }).fetch;
}

function renderPortal(fetch: typeof globalThis.fetch, language: 'de' | 'en' = 'en') {
  renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('CUSTOMER') }, path: '/portal', language });
}

describe('portal balance: pending and owed points', () => {
  it('explains pending points and shows what a return left owed (German)', async () => {
    const ledger = [
      ledgerEntry({ id: 'l3', type: 'RETURN', availableDelta: -5, owedDelta: 5, occurredAt: '2026-11-23T15:00:00Z', purchase }),
      ledgerEntry({
        id: 'l2',
        type: 'PURCHASE_EARN',
        pendingDelta: 4,
        occurredAt: '2026-11-13T10:48:00Z',
        purchase: { ...purchase, id: 'p4', amount: '4.08', pointsPending: 4 },
      }),
    ];
    renderPortal(portal({ available: 0, pending: 4, owed: 5 }, ledger), 'de');
    expect(await screen.findByTestId('available-points')).toHaveTextContent('0');
    expect(screen.getByTestId('pending-points')).toHaveTextContent('4');
    expect(screen.getByTestId('pending-explanation')).toHaveTextContent(
      'Punkte aus Ihren letzten Einkäufen sind vorgemerkt und werden nach Ablauf der Rückgabefrist des Ladens verfügbar.',
    );
    const notice = screen.getByTestId('owed-notice');
    expect(notice).toHaveTextContent('Punkteschuld aus einer Rückgabe');
    expect(notice).toHaveTextContent('Sie hatten 5 Punkte schon eingelöst, bevor Ware zurückgegeben wurde.');
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Verlauf' }));
    const entries = await screen.findAllByTestId('ledger-entry');
    expect(within(entries[0]).getByTestId('ledger-detail')).toHaveTextContent(/^Rückgabe zum Einkauf über/);
    expect(entries[0]).toHaveTextContent('-5 verfügbar');
    expect(entries[0]).toHaveTextContent('5 Punkte Schuld');
    expect(entries[1]).toHaveTextContent('+4 vorgemerkt');
  });

  it('uses the singular for one owed point (English)', async () => {
    renderPortal(portal({ available: 0, pending: 0, owed: 1 }));
    expect(await screen.findByTestId('owed-notice')).toHaveTextContent('You had already spent 1 point before goods were returned. This debt is paid off by your next points; until then no points are available.');
    expect(screen.queryByTestId('pending-explanation')).not.toBeInTheDocument(); // nothing pending
  });

  it('shows neither notice when nothing is pending or owed', async () => {
    renderPortal(portal({ available: 25, pending: 0, owed: 0 }));
    expect(await screen.findByTestId('available-points')).toHaveTextContent('25');
    expect(screen.queryByTestId('owed-notice')).not.toBeInTheDocument();
    expect(screen.queryByTestId('pending-explanation')).not.toBeInTheDocument();
  });
});
