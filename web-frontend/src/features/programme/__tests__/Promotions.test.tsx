import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Promotion, PromotionInput } from '../../../api';
import { AppRoutes } from '../../../App';
import { instantToZoned, zonedToInstant } from '../../../format';
import { json, mockFetch, problem, renderApp, user, type RecordedCall, type Reply } from '../../../test/render';
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

/** The server's answer to a saved promotion: what the page sent (it always sends `active`) under `id`. */
function saved(id: string, call: RecordedCall): Promotion {
  const body = call.body as PromotionInput;
  return { ...body, id, active: body.active ?? true };
}

function backend(items: Promotion[] = [], post?: (body: PromotionInput) => Reply<`POST ${typeof PATH}`>, categories: string[] = []) {
  return mockFetch({
    [`GET ${PATH}`]: () => json(200, { items }),
    'GET /api/v1/shops/shop-1/categories': () => json(200, { items: categories }),
    [`POST ${PATH}`]: (call) => (post ? post(call.body as PromotionInput) : json(201, saved('new', call))),
    [`PUT ${PATH}/p1`]: (call) => json(200, saved('p1', call)),
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

  it('limits a new promotion to a product category suggested from the shop', async () => {
    const { fetch, calls } = backend([], undefined, ['Kaffee', 'Torten']);
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/promotions' });
    const u = userEvent.setup();
    await u.click(await screen.findByTestId('new-promotion'));
    const dialog = await screen.findByRole('dialog');
    const category = within(dialog).getByRole('combobox', { name: 'Product category' });
    expect(category).toHaveAccessibleDescription(/Empty = whole purchase/);
    expect(within(dialog).getByLabelText(/^Minimum amount/)).toHaveAccessibleDescription(/only purchases of at least/);
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/shops/shop-1/categories'))).toBe(true));
    await u.type(category, 'tor');
    // jsdom has no layout, so Mantine hides the "detached" dropdown
    await u.click(await screen.findByRole('option', { name: 'Torten', hidden: true }));
    expect(category).toHaveValue('Torten');
    expect(within(dialog).getByLabelText(/^Minimum amount/)).toHaveAccessibleDescription(/spent in the category/);

    await u.type(within(dialog).getByLabelText(/^Name/), 'Tortentag');
    await u.type(within(dialog).getByLabelText(/^Starts/), '2026-07-01T08:00');
    await u.type(within(dialog).getByLabelText(/^Ends/), '2026-07-01T18:00');
    await u.click(within(dialog).getByRole('button', { name: 'Create promotion' }));
    expect(await screen.findByTestId('promotion-saved')).toHaveTextContent('Tortentag');
    expect(posts(calls)[0].body).toEqual({
      name: 'Tortentag',
      kind: 'MULTIPLIER',
      multiplier: '2',
      category: 'Torten',
      startsAt: '2026-07-01T06:00:00Z',
      endsAt: '2026-07-01T16:00:00Z',
      active: true,
    });
  });

  it('shows the category in the list, keeps it when deactivating and clears it back to the whole purchase', async () => {
    const cakes: Promotion = { ...running, id: 'p1', category: 'Torten' };
    const whole: Promotion = { ...running, id: 'p2', name: 'Samstag', kind: 'MULTIPLIER', multiplier: '2', bonusPoints: null, minAmount: null };
    const { fetch, calls } = backend([cakes, whole]);
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/promotions' });
    const [cakesRow, wholeRow] = await screen.findAllByTestId('promotion-row');
    expect(within(cakesRow).getByTestId('promotion-category')).toHaveTextContent('Torten');
    expect(cakesRow).toHaveTextContent('+20 points · from €50.00 in the category');
    expect(within(wholeRow).getByTestId('promotion-category')).toHaveTextContent('whole purchase');

    const u = userEvent.setup();
    await u.click(within(cakesRow).getByRole('button', { name: 'Deactivate' }));
    await screen.findByTestId('promotion-saved');
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ category: 'Torten', active: false });

    await u.click(within(cakesRow).getByRole('button', { name: 'Edit Großeinkauf' }));
    const dialog = await screen.findByRole('dialog');
    const category = within(dialog).getByRole('combobox', { name: 'Product category' });
    expect(category).toHaveValue('Torten');
    await u.clear(category);
    await u.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    const put = calls.filter((c) => c.method === 'PUT')[1].body as Record<string, unknown>;
    expect(put).toMatchObject({ name: 'Großeinkauf', kind: 'FIXED_BONUS', bonusPoints: 20, minAmount: '50.00' });
    expect(put.category).toBeNull();
  });

  it('shows a server error about the category at the field', async () => {
    const { fetch } = backend([], () =>
      problem(422, {
        code: 'promotion-category',
        title: 'Invalid category',
        errors: [{ field: 'category', message: 'A category has 1 to 40 characters' }],
      }),
    );
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/promotions' });
    const u = userEvent.setup();
    await u.click(await screen.findByTestId('new-promotion'));
    const dialog = await screen.findByRole('dialog');
    await u.type(within(dialog).getByLabelText(/^Name/), 'Kaffeewoche');
    await u.type(within(dialog).getByRole('combobox', { name: 'Product category' }), 'Kaffee');
    await u.type(within(dialog).getByLabelText(/^Starts/), '2026-07-01T08:00');
    await u.type(within(dialog).getByLabelText(/^Ends/), '2026-07-08T08:00');
    await u.click(within(dialog).getByRole('button', { name: 'Create promotion' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: 'Product category' })).toHaveAccessibleDescription(
        /A category has 1 to 40 characters/,
      ),
    );
    expect(within(dialog).getByRole('alert')).not.toHaveTextContent('1 to 40 characters');
  });
});
