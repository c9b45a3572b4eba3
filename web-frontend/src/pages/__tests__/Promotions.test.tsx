import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Promotion } from '../../api';
import { AppRoutes } from '../../App';
import { instantToZoned, zonedToInstant } from '../../format';
import { json, mockFetch, problem, renderApp, user, type RecordedCall } from '../../test/render';
import { promotionState } from '../PromotionsPage';

const PATH = '/api/v1/shops/shop-1/promotions';

const running: Promotion = {
  id: 'p1',
  name: 'Großeinkauf',
  kind: 'FIXED_BONUS',
  bonusPoints: 20,
  minAmount: '50.00',
  startsAt: '2020-01-01T00:00:00Z',
  endsAt: '2099-01-01T00:00:00Z',
  active: true,
};

function backend(items: Promotion[] = [], post?: (body: Record<string, unknown>) => Response) {
  return mockFetch({
    [`GET ${PATH}`]: () => json(200, { items }),
    [`POST ${PATH}`]: (call) => (post ? post(call.body as Record<string, unknown>) : json(201, { id: 'new', ...(call.body as object) })),
    [`PUT ${PATH}/p1`]: (call) => json(200, { id: 'p1', ...(call.body as object) }),
  });
}

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST');

describe('shop time zone conversion', () => {
  it('turns wall-clock times of the shop into UTC instants, also across daylight saving', () => {
    expect(zonedToInstant('2026-12-01T08:00', 'Europe/Berlin')).toBe('2026-12-01T07:00:00Z'); // CET
    expect(zonedToInstant('2026-07-01T08:00', 'Europe/Berlin')).toBe('2026-07-01T06:00:00Z'); // CEST
    expect(zonedToInstant('2026-03-29T03:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00Z'); // right after the switch
    expect(zonedToInstant('2026-12-01T08:00', 'America/New_York')).toBe('2026-12-01T13:00:00Z');
    expect(zonedToInstant('2026-12-01', 'Europe/Berlin')).toBeUndefined();
    expect(instantToZoned('2026-07-01T06:00:00Z', 'Europe/Berlin')).toBe('2026-07-01T08:00');
    expect(instantToZoned('2026-12-01T13:00:00.123456Z', 'America/New_York')).toBe('2026-12-01T08:00');
  });

  it('tells running, planned, ended and deactivated promotions apart', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const p = { ...running, startsAt: '2026-11-23T11:00:00Z', endsAt: '2026-11-23T13:00:00Z' };
    expect(promotionState(p, now)).toBe('RUNNING');
    expect(promotionState({ ...p, startsAt: '2026-11-23T12:00:01Z' }, now)).toBe('PLANNED');
    expect(promotionState({ ...p, endsAt: '2026-11-23T12:00:00Z' }, now)).toBe('ENDED');
    expect(promotionState({ ...p, active: false }, now)).toBe('INACTIVE');
  });
});

describe('promotions page', () => {
  it('creates a multiplier promotion with times in the shop zone', async () => {
    const { fetch, calls } = backend();
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/promotions' });
    expect(await screen.findByTestId('promotions-empty')).toBeInTheDocument();
    const u = userEvent.setup();
    await u.click(screen.getByTestId('new-promotion'));
    const dialog = await screen.findByRole('dialog');
    // MULTIPLIER (default) asks for a factor, not for points
    expect(within(dialog).getByLabelText(/^Factor/)).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/^Bonus points/)).not.toBeInTheDocument();
    expect(within(dialog).getByTestId('promotion-zone')).toHaveTextContent('Europe/Berlin');

    await u.type(within(dialog).getByLabelText(/^Name/), 'Doppelte Punkte');
    await u.clear(within(dialog).getByLabelText(/^Factor/));
    await u.type(within(dialog).getByLabelText(/^Factor/), '1,5');
    await u.type(within(dialog).getByLabelText(/^Starts/), '2026-07-01T08:00');
    await u.type(within(dialog).getByLabelText(/^Ends/), '2026-07-01T18:00');
    await u.click(within(dialog).getByRole('button', { name: 'Create promotion' }));
    expect(await screen.findByTestId('promotion-saved')).toHaveTextContent('Doppelte Punkte');
    expect(posts(calls).map((c) => c.body)).toEqual([
      {
        name: 'Doppelte Punkte',
        kind: 'MULTIPLIER',
        multiplier: '1.5',
        startsAt: '2026-07-01T06:00:00Z',
        endsAt: '2026-07-01T16:00:00Z',
        active: true,
      },
    ]);
  });

  it('asks for points for a fixed bonus and checks the period', async () => {
    const { fetch, calls } = backend([], () =>
      problem(422, {
        code: 'promotion-period',
        title: 'Invalid period',
        errors: [{ field: 'endsAt', message: 'must be after the start' }],
      }),
    );
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/promotions' });
    const u = userEvent.setup();
    await u.click(await screen.findByTestId('new-promotion'));
    const dialog = await screen.findByRole('dialog');
    await u.selectOptions(within(dialog).getByLabelText('Kind'), 'FIXED_BONUS');
    expect(within(dialog).queryByLabelText(/^Factor/)).not.toBeInTheDocument();
    await u.type(within(dialog).getByLabelText(/^Name/), 'Großeinkauf');
    await u.type(within(dialog).getByLabelText(/^Bonus points/), '20');
    await u.type(within(dialog).getByLabelText(/^Minimum amount/), '50');
    await u.type(within(dialog).getByLabelText(/^Starts/), '2026-12-01T18:00');
    await u.type(within(dialog).getByLabelText(/^Ends/), '2026-12-01T08:00');
    await u.click(within(dialog).getByRole('button', { name: 'Create promotion' }));
    expect(within(dialog).getByLabelText(/^Ends/)).toHaveAccessibleDescription(/The end must be after the start\./);
    expect(posts(calls)).toHaveLength(0);

    await u.clear(within(dialog).getByLabelText(/^Ends/));
    await u.type(within(dialog).getByLabelText(/^Ends/), '2026-12-02T08:00');
    await u.click(within(dialog).getByRole('button', { name: 'Create promotion' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^Ends/)).toHaveAccessibleDescription(/must be after the start/));
    expect(posts(calls)[0].body).toEqual({
      name: 'Großeinkauf',
      kind: 'FIXED_BONUS',
      bonusPoints: 20,
      minAmount: '50',
      startsAt: '2026-12-01T17:00:00Z',
      endsAt: '2026-12-02T07:00:00Z',
      active: true,
    });
  });

  it('lists promotions with their state and deactivates one', async () => {
    const { fetch, calls } = backend([running]);
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/promotions', language: 'de' });
    const row = await screen.findByTestId('promotion-row');
    expect(row).toHaveAttribute('data-state', 'RUNNING');
    expect(row).toHaveTextContent('+20 Punkte · ab 50,00 €');
    expect(row).toHaveTextContent('Läuft');
    await userEvent.setup().click(within(row).getByRole('button', { name: 'Deaktivieren' }));
    expect(await screen.findByTestId('promotion-saved')).toHaveTextContent('„Großeinkauf“ wurde deaktiviert.');
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      name: 'Großeinkauf',
      kind: 'FIXED_BONUS',
      bonusPoints: 20,
      minAmount: '50.00',
      startsAt: running.startsAt,
      endsAt: running.endsAt,
      active: false,
    });
  });

  it('shows agents the list without edit buttons', async () => {
    const { fetch } = backend([running]);
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/promotions' });
    expect(await screen.findByTestId('promotion-row')).toBeInTheDocument();
    expect(screen.queryByTestId('new-promotion')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Deactivate' })).not.toBeInTheDocument();
  });
});
