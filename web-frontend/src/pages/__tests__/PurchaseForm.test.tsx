import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { field, json, mockFetch, problem, renderApp, user } from '../../test/render';
import { PurchaseForm } from '../PurchaseForm';

const PATH = 'POST /api/v1/shops/shop-1/customers/cust-1/purchases';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function result(points: number) {
  return json(201, {
    purchase: { id: 'p1', amount: '25.00', currency: 'EUR', reference: null, occurredAt: '2026-11-23T10:00:00Z', pointsEarned: points },
    pointsEarned: points,
    balance: { available: points, pending: 0 },
  });
}

function renderForm(fetch: typeof globalThis.fetch, onRecorded = vi.fn()) {
  renderApp(<PurchaseForm shopId="shop-1" customerId="cust-1" currency="EUR" onRecorded={onRecorded} />, {
    fetch,
    session: { authenticated: true, user: user('AGENT') },
  });
  return onRecorded;
}

async function submit(u: ReturnType<typeof userEvent.setup>, amount?: string) {
  const input = field('Amount (EUR)');
  if (amount !== undefined) {
    await u.clear(input);
    await u.type(input, amount);
  }
  await u.click(screen.getByRole('button', { name: 'Record purchase' }));
}

describe('PurchaseForm', () => {
  it('sends the purchase with an Idempotency-Key and shows the points earned', async () => {
    const { fetch, calls } = mockFetch({ [PATH]: () => result(25) });
    const onRecorded = renderForm(fetch);
    const u = userEvent.setup();
    await u.type(field('Reference'), 'Bon 17');
    await submit(u, '25,00');
    expect(await screen.findByTestId('points-earned')).toHaveTextContent('+25 points earned');
    expect(calls).toHaveLength(1);
    expect(calls[0].headers['idempotency-key']).toMatch(UUID);
    expect(calls[0].headers['x-xsrf-token']).toBe('csrf-1');
    expect(calls[0].body).toEqual({ amount: '25.00', currency: 'EUR', reference: 'Bon 17' });
    expect(onRecorded).toHaveBeenCalledWith(expect.objectContaining({ pointsEarned: 25 }));
    expect(field('Amount (EUR)')).toHaveValue('');
  });

  it('reuses the key when the same purchase is retried after a network error, and uses a new one afterwards', async () => {
    let fail = true;
    const { fetch, calls } = mockFetch({
      [PATH]: () => {
        if (fail) {
          fail = false;
          throw new TypeError('Failed to fetch');
        }
        return result(10);
      },
    });
    renderForm(fetch);
    const u = userEvent.setup();
    await submit(u, '10');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
    await submit(u); // same amount still in the field
    await screen.findByTestId('points-earned');
    await submit(u, '10');
    await waitFor(() => expect(calls).toHaveLength(3));
    const keys = calls.map((c) => c.headers['idempotency-key']);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('says when the points of a purchase are pending (return window)', async () => {
    const { fetch } = mockFetch({
      [PATH]: () =>
        json(201, {
          purchase: {
            id: 'p1',
            amount: '13.44',
            currency: 'EUR',
            reference: null,
            occurredAt: '2026-11-23T10:00:00Z',
            pointsEarned: 13,
            pointsPending: 13,
            releaseAt: '2026-12-07T10:00:00Z',
            amountReturned: '0.00',
            pointsReversed: 0,
          },
          pointsEarned: 13,
          balance: { available: 0, pending: 13, owed: 0 },
        }),
    });
    renderForm(fetch);
    await submit(userEvent.setup(), '13,44');
    // shop time zone: 10:00 UTC is 11:00 in Berlin
    expect(await screen.findByTestId('points-earned')).toHaveTextContent('+13 points pending, available from 7 Dec 2026, 11:00');
  });

  it('shows a server field error next to the amount', async () => {
    const { fetch } = mockFetch({
      [PATH]: () =>
        problem(400, { code: 'validation', title: 'Invalid', errors: [{ field: 'amount', message: 'must be greater than 0' }] }),
    });
    renderForm(fetch);
    await submit(userEvent.setup(), '5');
    await waitFor(() =>
      expect(field('Amount (EUR)')).toHaveAccessibleDescription(/must be greater than 0/),
    );
  });

  it('rejects an invalid amount locally', async () => {
    const { fetch, calls } = mockFetch({});
    renderForm(fetch);
    await submit(userEvent.setup(), '-3');
    expect(field('Amount (EUR)')).toHaveAccessibleDescription(/greater than 0/);
    expect(calls).toHaveLength(0);
  });
});
