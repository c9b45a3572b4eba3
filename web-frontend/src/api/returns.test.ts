import { describe, expect, it } from 'vitest';
import { ApiError, createApi, HttpClient } from '.';
import { programme } from '../test/fixtures';
import { json, mockFetch, problem, type Routes } from '../test/render';

function client<K extends string>(routes: Routes<K>) {
  const mock = mockFetch(routes);
  const http = new HttpClient({ fetch: mock.fetch, cookies: () => 'XSRF-TOKEN=tok-1', language: () => 'de' });
  return { ...mock, api: createApi(http) };
}

describe('returns and programme API (step 2)', () => {
  it('posts a return of a purchase with its Idempotency-Key', async () => {
    const answer = {
      id: 'ret-1',
      purchaseId: 'p 1',
      amount: '10.00',
      currency: 'EUR',
      pointsReversed: 10,
      owedAdded: 5,
      occurredAt: '2026-11-23T10:00:00Z',
      balance: { available: 0, pending: 0, owed: 5 },
    };
    const { api, calls } = client({ 'POST /api/v1/shops/s1/customers/c1/purchases/p%201/returns': () => json(201, answer) });
    const result = await api.customers.returnPurchase('s1', 'c1', 'p 1', { amount: '10.00', currency: 'EUR' }, 'key-1');
    expect(result).toEqual(answer);
    expect(calls[0].body).toEqual({ amount: '10.00', currency: 'EUR' });
    expect(calls[0].headers['idempotency-key']).toBe('key-1');
    expect(calls[0].headers['x-xsrf-token']).toBe('tok-1');
    expect(calls[0].headers['accept-language']).toBe('de');
  });

  it('turns return-exceeds-purchase into an ApiError with the amount field', async () => {
    const { api } = client({
      'POST /api/v1/shops/s1/customers/c1/purchases/p1/returns': () =>
        problem(422, {
          code: 'return-exceeds-purchase',
          title: 'Rückgabe zu hoch',
          errors: [{ field: 'amount', message: 'Höchstens 15.00 dieses Einkaufs können zurückgegeben werden' }],
        }),
    });
    const error = await api.customers.returnPurchase('s1', 'c1', 'p1', { amount: '20', currency: 'EUR' }, 'k').catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('return-exceeds-purchase');
    expect(error.fieldErrorMap()).toEqual({ amount: 'Höchstens 15.00 dieses Einkaufs können zurückgegeben werden' });
  });

  it('updates only the return window of the programme', async () => {
    const { api, calls } = client({
      'PUT /api/v1/shops/s1/programme': () => json(200, programme({ returnWindowDays: 0 })),
    });
    expect(await api.shops.updateProgramme('s1', { returnWindowDays: 0 })).toEqual(programme({ returnWindowDays: 0 }));
    expect(calls[0].body).toEqual({ returnWindowDays: 0 });
  });
});
