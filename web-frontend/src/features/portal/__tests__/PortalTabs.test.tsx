import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Reward } from '../../../api';
import { AppRoutes } from '../../../App';
import { ledgerEntry, PORTAL_CUSTOMER } from '../../../test/fixtures';
import { json, mockFetch, renderApp, SHOP, user } from '../../../test/render';
import { nextReward, portalTab } from '../PortalPage';

const reward = (id: string, name: string, pointsCost: number): Reward =>
  ({ id, name, pointsCost, kind: 'FREE_ITEM', item: name, validityDays: 30, description: null, active: true }) as unknown as Reward;
const REWARDS = [reward('r1', 'Kaffee gratis', 20), reward('r2', 'Torte', 150)];

function portal(available = 12) {
  return mockFetch({
    'GET /api/v1/portal/me': () => json(200, { customer: PORTAL_CUSTOMER, shop: SHOP, balance: { available, pending: 0, owed: 0 } }),
    'GET /api/v1/portal/ledger': () =>
      json(200, {
        items: [ledgerEntry({ id: 'l1', type: 'PURCHASE_EARN', availableDelta: 12, occurredAt: '2026-11-23T10:00:00Z', purchase: { id: 'p', amount: '12.00', currency: 'EUR', reference: null, pointsPending: 0 } })],
      }),
    'GET /api/v1/portal/requests': () => json(200, { items: [] }),
    'GET /api/v1/portal/goodwill': () => json(200, { items: [] }),
    'GET /api/v1/portal/rewards': () => json(200, { items: REWARDS }),
    'GET /api/v1/portal/vouchers': () => json(200, { items: [] }),
  }).fetch;
}

/** Where the app is, and a back button like the browser's. */
function Probe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <button type="button" data-testid="back" onClick={() => void navigate(-1)}>
      {location.pathname + location.search}
    </button>
  );
}

function renderPortal(path = '/portal', language: 'de' | 'en' = 'en', available = 12) {
  renderApp(
    <>
      <AppRoutes />
      <Probe />
    </>,
    { fetch: portal(available), session: { authenticated: true, user: user('CUSTOMER') }, path, language },
  );
}

describe('portal tabs', () => {
  it('opens on the overview: balance, the next reward and no history; the tab title names it', async () => {
    renderPortal();
    const tabs = await screen.findByRole('tablist', { name: 'Sections of your customer account' });
    expect(within(tabs).getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Overview',
      'Rewards & vouchers',
      'History',
      'Service',
      'Account',
    ]);
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByTestId('available-points')).toHaveTextContent('12');
    expect(await screen.findByTestId('next-reward-text')).toHaveTextContent("8 more points until 'Kaffee gratis'.");
    expect(screen.queryByTestId('ledger-list')).not.toBeInTheDocument();
    expect(screen.queryByTestId('reward-list')).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Overview · Your points · Stammkunde'));
  });

  it('keeps the tab in the URL: a click adds ?tab=history, back returns to the overview', async () => {
    renderPortal();
    const u = userEvent.setup();
    await u.click(await screen.findByRole('tab', { name: 'History' }));
    expect(screen.getByTestId('back')).toHaveTextContent('/portal?tab=history');
    expect(await screen.findByTestId('ledger-detail')).toHaveTextContent('Purchase of €12.00');
    await waitFor(() => expect(document.title).toBe('History · Your points · Stammkunde'));
    await u.click(screen.getByTestId('back'));
    expect(screen.getByTestId('back')).toHaveTextContent(/^\/portal$/);
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  });

  it('opens the tab the URL names (reload) and moves between tabs with the arrow keys (German)', async () => {
    renderPortal('/portal?tab=rewards', 'de');
    const rewardsTab = await screen.findByRole('tab', { name: 'Prämien & Gutscheine' });
    expect(rewardsTab).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByTestId('reward-list')).toBeInTheDocument();
    expect(screen.getByTestId('rewards-available')).toHaveTextContent('Sie haben 12 Punkte zum Einlösen.');
    await waitFor(() => expect(document.title).toBe('Prämien & Gutscheine · Ihre Punkte · Stammkunde'));
    rewardsTab.focus();
    await userEvent.setup().keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Verlauf' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Verlauf' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('back')).toHaveTextContent('/portal?tab=history');
  });

  it('leads from the next reward on the overview to the rewards tab', async () => {
    renderPortal('/portal', 'de', 30);
    expect(await screen.findByTestId('next-reward-text')).toHaveTextContent('Sie können „Kaffee gratis“ jetzt einlösen.');
    await userEvent.setup().click(screen.getByTestId('next-reward-show'));
    expect(screen.getByTestId('back')).toHaveTextContent('/portal?tab=rewards');
    expect(await screen.findByTestId('reward-list')).toBeInTheDocument();
  });

  it('reads the tab from the URL and picks the reward within reach', () => {
    expect(portalTab(null)).toBe('overview');
    expect(portalTab('service')).toBe('service');
    expect(portalTab('nonsense')).toBe('overview');
    expect(nextReward([], 100)).toBeUndefined();
    expect(nextReward(REWARDS, 5)).toEqual({ reward: REWARDS[0], missing: 15 });
    expect(nextReward(REWARDS, 20)).toEqual({ reward: REWARDS[0], missing: 0 });
    expect(nextReward(REWARDS, 200)).toEqual({ reward: REWARDS[1], missing: 0 });
  });
});
