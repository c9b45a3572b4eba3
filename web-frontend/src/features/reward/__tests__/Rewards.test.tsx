import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Reward } from '../../../api';
import { AppRoutes } from '../../../App';
import { field, json, mockFetch, problem, renderApp, user } from '../../../test/render';
import { RewardForm } from '../RewardForm';

const coffee: Reward = {
  id: 'r1',
  name: 'Kaffee gratis',
  pointsCost: 20,
  kind: 'FREE_ITEM',
  item: 'Ein Kaffee',
  validityDays: 90,
  active: true,
};
const fiveOff: Reward = {
  id: 'r2',
  name: 'Fünf Euro',
  description: 'Ab 20 € Einkauf',
  pointsCost: 500,
  kind: 'AMOUNT_OFF',
  amount: '5.00',
  currency: 'EUR',
  validityDays: 30,
  active: false,
};

function renderForm(fetch: typeof globalThis.fetch, reward?: Reward, language: 'de' | 'en' = 'en') {
  const onSaved = vi.fn();
  renderApp(<RewardForm shopId="shop-1" currency="EUR" reward={reward} onSaved={onSaved} />, {
    fetch,
    session: { authenticated: true, user: user('OWNER') },
    language,
  });
  return onSaved;
}

const kindSelect = () => field('Kind of reward');

describe('RewardForm', () => {
  it('shows the value field that fits the kind of reward', async () => {
    renderForm(mockFetch({}).fetch);
    const u = userEvent.setup();
    expect(kindSelect()).toHaveValue('AMOUNT_OFF');
    expect(field('Amount off (EUR)')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Discount/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Item/)).not.toBeInTheDocument();

    await u.selectOptions(kindSelect(), 'Percentage off');
    expect(field('Discount (%)')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Amount off/)).not.toBeInTheDocument();

    await u.selectOptions(kindSelect(), 'Free item');
    expect(field('Item')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Discount/)).not.toBeInTheDocument();
    expect(field('Voucher valid for (days)')).toHaveValue('90');
  });

  it('creates a free-item reward with only the fields of its kind', async () => {
    const { fetch, calls } = mockFetch({ 'POST /api/v1/shops/shop-1/rewards': () => json(201, coffee) });
    const onSaved = renderForm(fetch);
    const u = userEvent.setup();
    await u.type(field('Name'), 'Kaffee gratis');
    await u.type(field('Amount off (EUR)'), '3'); // typed, then the kind changes: not sent
    await u.selectOptions(kindSelect(), 'FREE_ITEM');
    await u.type(field('Item'), 'Ein Kaffee');
    await u.type(field('Points needed'), '20');
    await u.click(screen.getByRole('button', { name: 'Create reward' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(coffee));
    expect(calls[0].body).toEqual({
      name: 'Kaffee gratis',
      kind: 'FREE_ITEM',
      item: 'Ein Kaffee',
      pointsCost: 20,
      validityDays: 90,
      active: true,
    });
  });

  it('sends amounts and percentages as decimal strings (German input)', async () => {
    const { fetch, calls } = mockFetch({ 'POST /api/v1/shops/shop-1/rewards': () => json(201, fiveOff) });
    renderForm(fetch, undefined, 'de');
    const u = userEvent.setup();
    await u.type(field('Name'), 'Fünf Euro');
    await u.type(field('Rabattbetrag (EUR)'), '2,50');
    await u.type(field('Benötigte Punkte'), '250');
    await u.click(screen.getByRole('button', { name: 'Prämie anlegen' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toMatchObject({ kind: 'AMOUNT_OFF', amount: '2.50', pointsCost: 250 });
    expect(calls[0].body).not.toHaveProperty('percent');
    expect(calls[0].body).not.toHaveProperty('item');
  });

  it('validates the value of the chosen kind locally', async () => {
    const { fetch, calls } = mockFetch({});
    renderForm(fetch);
    const u = userEvent.setup();
    await u.selectOptions(kindSelect(), 'PERCENT_OFF');
    await u.type(field('Discount (%)'), '120');
    await u.clear(field('Voucher valid for (days)'));
    await u.click(screen.getByRole('button', { name: 'Create reward' }));
    expect(field('Discount (%)')).toHaveAccessibleDescription(/percentage above 0 and at most 100/);
    expect(field('Name')).toHaveAccessibleDescription(/Please fill in this field/);
    expect(field('Points needed')).toHaveAccessibleDescription(/at least 1/);
    expect(field('Voucher valid for (days)')).toHaveAccessibleDescription(/from 1 to 3650/);
    expect(calls).toHaveLength(0);
  });

  it('shows field errors of a problem response at the right input', async () => {
    const { fetch } = mockFetch({
      'POST /api/v1/shops/shop-1/rewards': () =>
        problem(422, {
          code: 'reward-value-missing',
          title: 'Reward value missing',
          detail: 'Enter the voucher’s value for this kind of reward.',
          errors: [{ field: 'percent', message: 'Enter the voucher’s value for this kind of reward.' }],
        }),
    });
    renderForm(fetch);
    const u = userEvent.setup();
    await u.type(field('Name'), 'Zehn Prozent');
    await u.selectOptions(kindSelect(), 'PERCENT_OFF');
    await u.type(field('Discount (%)'), '10');
    await u.type(field('Points needed'), '100');
    await u.clear(field('Voucher valid for (days)'));
    await u.type(field('Voucher valid for (days)'), '30');
    await u.click(screen.getByRole('button', { name: 'Create reward' }));
    await waitFor(() => expect(field('Discount (%)')).toHaveAccessibleDescription(/value for this kind of reward/));
    expect(field('Discount (%)')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Name')).not.toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Reward value missing');
    expect(alert).not.toHaveTextContent('value for this kind'); // already shown at the input
  });

  it('shows a validation error of a server field at its input, a known limit in the shop’s words', async () => {
    const { fetch } = mockFetch({
      'PUT /api/v1/shops/shop-1/rewards/r2': () =>
        problem(400, {
          code: 'validation',
          errors: [
            { field: 'validityDays', message: 'must be less than or equal to 3650' },
            { field: 'name', message: 'size must be between 0 and 100' },
          ],
        }),
    });
    renderForm(fetch, fiveOff);
    expect(field('Amount off (EUR)')).toHaveValue('5.00');
    expect(field('Description')).toHaveValue('Ab 20 € Einkauf');
    expect(screen.getByRole('checkbox', { name: /Active/ })).not.toBeChecked();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field('Voucher valid for (days)')).toHaveAccessibleDescription(/^At most 3,650 days\./));
    expect(field('Name')).toHaveAccessibleDescription(/size must be between/);
  });
});

describe('rewards page', () => {
  it('lets the owner create, edit and retire rewards', async () => {
    let items: Reward[] = [coffee, fiveOff];
    const { fetch, calls } = mockFetch({
      'GET /api/v1/shops/shop-1/rewards': () => json(200, { items }),
      'PUT /api/v1/shops/shop-1/rewards/r1': (call) => {
        items = [{ ...coffee, ...(call.body as Partial<Reward>) }, fiveOff];
        return json(200, items[0]);
      },
    });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('OWNER') }, path: '/admin/rewards' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rewards' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rewards' })).toHaveAttribute('href', '/admin/rewards');
    const rows = await screen.findAllByTestId('reward-row');
    expect(rows[0]).toHaveTextContent('Kaffee gratis');
    expect(rows[0]).toHaveTextContent('Free: Ein Kaffee');
    expect(rows[0]).toHaveTextContent('20 points');
    expect(rows[0]).toHaveTextContent('90 days');
    expect(rows[0]).toHaveTextContent('Active');
    expect(rows[1]).toHaveTextContent('€5.00 off');
    expect(rows[1]).toHaveTextContent('Retired');

    const u = userEvent.setup();
    await u.click(within(rows[0]).getByRole('button', { name: 'Retire Kaffee gratis' }));
    expect(await screen.findByTestId('reward-saved')).toHaveTextContent('“Kaffee gratis” was retired.');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      name: 'Kaffee gratis',
      pointsCost: 20,
      kind: 'FREE_ITEM',
      item: 'Ein Kaffee',
      validityDays: 90,
      active: false,
    });
    await waitFor(() => expect(screen.getAllByTestId('reward-row')[0]).toHaveTextContent('Retired'));

    await u.click(screen.getByRole('button', { name: 'Edit Fünf Euro' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit reward' });
    expect(within(edit).getByLabelText(/^Name/)).toHaveValue('Fünf Euro');
    expect(within(edit).getByLabelText(/^Amount off \(EUR\)/)).toHaveValue('5.00');
    await u.click(within(edit).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await u.click(screen.getByRole('button', { name: 'New reward' }));
    const dialog = await screen.findByRole('dialog', { name: 'New reward' });
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('');
    expect(within(dialog).getByRole('button', { name: 'Create reward' })).toBeInTheDocument();
  });

  it('shows agents the list read-only', async () => {
    const { fetch } = mockFetch({ 'GET /api/v1/shops/shop-1/rewards': () => json(200, { items: [coffee] }) });
    renderApp(<AppRoutes />, { fetch, session: { authenticated: true, user: user('AGENT') }, path: '/admin/rewards' });
    expect(await screen.findByTestId('reward-row')).toHaveTextContent('Kaffee gratis');
    expect(screen.getByTestId('rewards-read-only')).toHaveTextContent('Only the owner can change rewards.');
    expect(screen.queryByRole('button', { name: 'New reward' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Retire|Edit/ })).not.toBeInTheDocument();
  });
});
