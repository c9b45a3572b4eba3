import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PurchaseResult } from '../../../api';
import { purchase } from '../../../test/fixtures';
import { field, json, mockFetch, problem, renderApp, user, type JsonReply } from '../../../test/render';
import { PurchaseForm } from '../PurchaseForm';

const PATH = 'POST /api/v1/shops/shop-1/customers/cust-1/purchases';

function result(points: number): JsonReply<PurchaseResult> {
  return json(201, {
    purchase: purchase({ id: 'p1', amount: '12345.67', reference: null, occurredAt: '2026-11-23T10:00:00Z', pointsEarned: points }),
    pointsEarned: points,
    balance: { available: points, pending: 0, owed: 0 },
    lines: [],
  });
}

const EXPLANATION = '12.345,67 € liegt weit über den üblichen Einkäufen dieses Geschäfts (bis 250,00 €).';

/** The server's refusal of an implausible amount, unless the request says it is confirmed. */
function backend() {
  return mockFetch({
    [PATH]: (call) =>
      (call.body as { confirmed?: boolean }).confirmed
        ? result(12345)
        : problem(422, {
            code: 'implausible-amount',
            title: 'Ungewöhnlicher Betrag',
            detail: EXPLANATION,
            errors: [{ field: 'amount', message: EXPLANATION }],
            // extension member of the problem
            ...({ usualUpTo: '250.00' } as object),
          }),
  });
}

function renderForm(fetch: typeof globalThis.fetch, onRecorded = vi.fn()) {
  renderApp(<PurchaseForm shopId="shop-1" customerId="cust-1" currency="EUR" onRecorded={onRecorded} />, {
    fetch,
    session: { authenticated: true, user: user('AGENT') },
    language: 'de',
  });
  return onRecorded;
}

describe('PurchaseForm: an implausible amount', () => {
  it('explains the doubt at the amount and records it anyway on request, confirmed, with the same key', async () => {
    const { fetch, calls } = backend();
    const onRecorded = renderForm(fetch);
    const u = userEvent.setup();
    await u.type(field('Betrag (EUR)'), '12.345,67');
    await u.click(screen.getByRole('button', { name: 'Einkauf erfassen' }));
    await waitFor(() => expect(field('Betrag (EUR)')).toHaveAccessibleDescription(EXPLANATION));
    expect(screen.getByTestId('plausibility-choice')).toHaveTextContent('Stimmt dieser Wert?');
    expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    expect(onRecorded).not.toHaveBeenCalled();

    await u.click(screen.getByRole('button', { name: 'Trotzdem erfassen' }));
    await screen.findByTestId('points-earned');
    expect(calls).toHaveLength(2);
    expect(calls[0].body).toEqual({ amount: '12345.67', currency: 'EUR' });
    expect(calls[1].body).toEqual({ amount: '12345.67', currency: 'EUR', confirmed: true });
    expect(calls[1].headers['idempotency-key']).toBe(calls[0].headers['idempotency-key']);
    expect(onRecorded).toHaveBeenCalledWith(expect.objectContaining({ pointsEarned: 12345 }));
    expect(screen.queryByTestId('plausibility-choice')).not.toBeInTheDocument();
  });

  it('lets staff correct the amount instead: the doubt goes, the field is focused, nothing is recorded', async () => {
    const { fetch, calls } = backend();
    renderForm(fetch);
    const u = userEvent.setup();
    await u.type(field('Betrag (EUR)'), '12.345,67');
    await u.click(screen.getByRole('button', { name: 'Einkauf erfassen' }));
    await screen.findByTestId('plausibility-choice');
    await u.click(screen.getByRole('button', { name: 'Betrag korrigieren' }));
    expect(screen.queryByTestId('plausibility-choice')).not.toBeInTheDocument();
    expect(field('Betrag (EUR)')).toHaveFocus();
    expect(field('Betrag (EUR)')).not.toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(1);
  });
});
