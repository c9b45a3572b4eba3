import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Reward } from '../../../api';
import { field, json, mockFetch, problem, renderApp, user } from '../../../test/render';
import { RewardForm } from '../RewardForm';

const EXPLANATION = 'A voucher of €5,000.00 for 10 points is far above what this shop’s rewards are worth.';
const saved: Reward = {
  id: 'r9',
  name: 'Big one',
  pointsCost: 10,
  kind: 'AMOUNT_OFF',
  amount: '5000.00',
  currency: 'EUR',
  validityDays: 90,
  active: true,
};

function backend() {
  return mockFetch({
    'POST /api/v1/shops/shop-1/rewards': (call) =>
      (call.body as { confirmed?: boolean }).confirmed
        ? json(201, saved)
        : problem(422, {
            code: 'implausible-reward',
            title: 'Unusual reward',
            detail: EXPLANATION,
            errors: [{ field: 'amount', message: EXPLANATION }],
          }),
  });
}

function renderForm(fetch: typeof globalThis.fetch) {
  const onSaved = vi.fn();
  renderApp(<RewardForm shopId="shop-1" currency="EUR" onSaved={onSaved} />, {
    fetch,
    session: { authenticated: true, user: user('OWNER') },
    language: 'en',
  });
  return onSaved;
}

async function fillIn(u: ReturnType<typeof userEvent.setup>) {
  await u.type(field('Name'), 'Big one');
  await u.type(field('Amount off (EUR)'), '5,000');
  await u.type(field('Points needed'), '10');
  await u.click(screen.getByRole('button', { name: 'Create reward' }));
}

describe('RewardForm: an absurd value', () => {
  it('explains the doubt at the amount and saves it anyway on request, confirmed', async () => {
    const { fetch, calls } = backend();
    const onSaved = renderForm(fetch);
    const u = userEvent.setup();
    await fillIn(u);
    await waitFor(() => expect(field('Amount off (EUR)')).toHaveAccessibleDescription(EXPLANATION));
    expect(screen.getByTestId('plausibility-choice')).toHaveTextContent('Is this value right?');
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();

    await u.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(calls).toHaveLength(2);
    expect(calls[0].body).toMatchObject({ amount: '5000', pointsCost: 10 });
    expect(calls[0].body).not.toHaveProperty('confirmed');
    expect(calls[1].body).toEqual({ ...(calls[0].body as object), confirmed: true });
  });

  it('drops the doubt when the amount is corrected', async () => {
    const { fetch, calls } = backend();
    renderForm(fetch);
    const u = userEvent.setup();
    await fillIn(u);
    await screen.findByTestId('plausibility-choice');
    await u.click(screen.getByRole('button', { name: 'Correct the amount' }));
    expect(field('Amount off (EUR)')).toHaveFocus();
    expect(screen.queryByTestId('plausibility-choice')).not.toBeInTheDocument();
    await u.clear(field('Amount off (EUR)'));
    await u.type(field('Amount off (EUR)'), '50');
    expect(field('Amount off (EUR)')).not.toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(1);
  });

  it('asks about a percentage too (implausible-percent, confirmable) and saves it anyway', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/v1/shops/shop-1/rewards': (call) =>
        (call.body as { confirmed?: boolean }).confirmed
          ? json(201, { ...saved, kind: 'PERCENT_OFF', amount: null, percent: '80' })
          : problem(422, {
              code: 'implausible-percent',
              title: 'Unusual discount',
              detail: '80 % off is more than half of the purchase.',
              errors: [{ field: 'percent', message: '80 % off is more than half of the purchase.' }],
              ...({ confirmable: 'true' } as object),
            }),
    });
    const onSaved = renderForm(fetch);
    const u = userEvent.setup();
    await u.type(field('Name'), 'Big one');
    await u.selectOptions(field('Kind of reward'), 'PERCENT_OFF');
    await u.type(field('Discount (%)'), '80');
    await u.type(field('Points needed'), '10');
    await u.click(screen.getByRole('button', { name: 'Create reward' }));
    await waitFor(() => expect(field('Discount (%)')).toHaveAccessibleDescription('80 % off is more than half of the purchase.'));
    await u.click(screen.getByRole('button', { name: 'Correct the percentage' }));
    expect(field('Discount (%)')).toHaveFocus();
    await u.click(screen.getByRole('button', { name: 'Create reward' }));
    await u.click(await screen.findByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls.map((c) => (c.body as { confirmed?: boolean }).confirmed)).toEqual([undefined, undefined, true]);
  });
});
