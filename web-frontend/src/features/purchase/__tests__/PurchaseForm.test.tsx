import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NewPurchase, PurchaseResult } from '../../../api';
import { purchase } from '../../../test/fixtures';
import { field, json, mockFetch, problem, renderApp, user, type JsonReply } from '../../../test/render';
import { PurchaseForm } from '../PurchaseForm';

const PATH = 'POST /api/v1/shops/shop-1/customers/cust-1/purchases';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function result(points: number): JsonReply<PurchaseResult> {
  return json(201, {
    purchase: purchase({ id: 'p1', amount: '25.00', reference: null, occurredAt: '2026-11-23T10:00:00Z', pointsEarned: points }),
    pointsEarned: points,
    balance: { available: points, pending: 0, owed: 0 },
    lines: [],
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
            lines: [],
          },
          pointsEarned: 13,
          balance: { available: 0, pending: 13, owed: 0 },
          lines: [],
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

describe('PurchaseForm, split by product category', () => {
  const CATEGORIES = 'GET /api/v1/shops/shop-1/categories';

  async function openSplit(u: ReturnType<typeof userEvent.setup>) {
    await u.click(screen.getByRole('button', { name: /Split by product category/ }));
  }

  const categoryOf = (line: number) => screen.getByRole('combobox', { name: `Product category, line ${line}` });
  const amountOf = (line: number) => screen.getByLabelText(`Amount, line ${line}`);

  async function fillLine(u: ReturnType<typeof userEvent.setup>, line: number, category: string, amount: string) {
    if (category) await u.type(categoryOf(line), category);
    if (amount) await u.type(amountOf(line), amount);
  }

  it('is collapsed, loads the category suggestions only when opened, and sends the lines merged by category', async () => {
    const { fetch, calls } = mockFetch({
      [CATEGORIES]: () => json(200, { items: ['Kaffee', 'Torten'] }),
      [PATH]: (call) =>
        json(201, {
          purchase: purchase({ id: 'p1', amount: '25.00', reference: null, occurredAt: '2026-11-23T10:00:00Z', pointsEarned: 30 }),
          pointsEarned: 30,
          balance: { available: 30, pending: 0, owed: 0 },
          // the lines the form sent, as the server merges them
          lines: (call.body as NewPurchase).lines ?? [],
        }),
    });
    renderForm(fetch);
    const u = userEvent.setup();
    expect(screen.queryByTestId('purchase-lines')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Split by product category/ })).toHaveAttribute('aria-expanded', 'false');
    await u.type(field('Amount (EUR)'), '25');
    expect(calls).toHaveLength(0);

    await openSplit(u);
    await waitFor(() => expect(calls.map((c) => `${c.method} ${new URL(c.url, 'http://x').pathname}`)).toEqual([CATEGORIES]));
    // suggestions of the shop's categories (jsdom has no layout, so Mantine hides the "detached" dropdown)
    await u.type(categoryOf(1), 'kaf');
    await u.click(await screen.findByRole('option', { name: 'Kaffee', hidden: true }));
    expect(categoryOf(1)).toHaveValue('Kaffee');
    await u.type(amountOf(1), '5');
    await u.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(u, 2, ' kaffee ', '3,50');
    await u.click(screen.getByRole('button', { name: 'Add line' }));
    await u.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(u, 4, 'Torten', '4');
    expect(screen.getByTestId('purchase-lines-remaining')).toHaveTextContent('Uncategorised: €12.50');

    await u.click(screen.getByRole('button', { name: 'Record purchase' }));
    expect(await screen.findByTestId('points-earned')).toHaveTextContent('+30 points earned');
    expect(screen.getByTestId('earned-lines')).toHaveTextContent('Categories: Kaffee €8.50 · Torten €4.00');
    const post = calls.filter((c) => c.method === 'POST');
    expect(post).toHaveLength(1);
    // line 3 was empty and is left out; both Kaffee lines become one
    expect(post[0].body).toEqual({
      amount: '25',
      currency: 'EUR',
      lines: [
        { category: 'Kaffee', amount: '8.50' },
        { category: 'Torten', amount: '4.00' },
      ],
    });
    // ready for the next purchase
    expect(screen.getAllByTestId('purchase-line')).toHaveLength(1);
    expect(categoryOf(1)).toHaveValue('');
  });

  it('blocks lines above the amount and rows without a category; sends nothing of a closed section', async () => {
    const { fetch, calls } = mockFetch({ [CATEGORIES]: () => json(200, { items: [] }), [PATH]: () => result(10) });
    renderForm(fetch);
    const u = userEvent.setup();
    await u.type(field('Amount (EUR)'), '10');
    await openSplit(u);
    await fillLine(u, 1, 'Kaffee', '8');
    await u.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(u, 2, 'Torten', '4,5');
    expect(screen.getByTestId('purchase-lines-remaining')).toHaveTextContent(
      'The categories add up to €12.50, more than the amount of €10.00.',
    );
    await u.click(screen.getByRole('button', { name: 'Record purchase' }));
    await u.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(u, 3, '', '1');
    await u.clear(amountOf(2));
    await u.type(amountOf(2), '0');
    await u.click(screen.getByRole('button', { name: 'Record purchase' }));
    expect(categoryOf(3)).toHaveAccessibleDescription('Please enter a product category.');
    expect(amountOf(2)).toHaveAccessibleDescription(/greater than 0/);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await u.click(screen.getByRole('button', { name: 'Remove line 3' }));
    await u.clear(amountOf(2));
    await u.type(amountOf(2), '2');
    expect(screen.getByTestId('purchase-lines-remaining')).toHaveTextContent('Uncategorised: €0.00');

    // closing the section discards its lines
    await openSplit(u);
    expect(screen.queryByTestId('purchase-lines')).not.toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Record purchase' }));
    await screen.findByTestId('points-earned');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ amount: '10', currency: 'EUR' }]);
  });

  it('shows server errors of a line at its row and of all lines at the section', async () => {
    const { fetch } = mockFetch({
      [CATEGORIES]: () => problem(500, { title: 'Broken' }),
      [PATH]: () =>
        problem(422, {
          code: 'purchase-line-amount',
          title: 'Invalid category line',
          errors: [
            { field: 'lines[1].amount', message: 'A line amount is greater than zero, with at most 2 decimal places' },
            { field: 'lines', message: 'Too many lines' },
          ],
        }),
    });
    renderForm(fetch);
    const u = userEvent.setup();
    await u.type(field('Amount (EUR)'), '20');
    await openSplit(u);
    await fillLine(u, 1, 'Kaffee', '5');
    await u.click(screen.getByRole('button', { name: 'Add line' }));
    await u.click(screen.getByRole('button', { name: 'Add line' }));
    await fillLine(u, 3, 'Torten', '3');
    await u.click(screen.getByRole('button', { name: 'Record purchase' }));

    // line 2 was empty and not sent: lines[1] is the third row
    await waitFor(() => expect(amountOf(3)).toHaveAccessibleDescription(/at most 2 decimal places/));
    expect(amountOf(1)).not.toHaveAccessibleDescription(/decimal places/);
    expect(field('Amount (EUR)')).not.toHaveAccessibleDescription(/decimal places/);
    expect(screen.getByTestId('purchase-lines-error')).toHaveTextContent('Too many lines');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Invalid category line');
    expect(alert).not.toHaveTextContent('decimal places');
    expect(alert).not.toHaveTextContent('Too many lines');
  });
});
