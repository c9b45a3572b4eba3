import { describe, expect, it } from 'vitest';
import { json, mockFetch, noContent, problem, raw } from './render';

// The compiler checks mocked answers against docs/openapi.json: each `@ts-expect-error` below is a mock that drifted
// from the API, and the build fails if it ever compiles (the directive is then unused).
describe('mockFetch', () => {
  it('answers the routes it was given, and a problem for any other', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/v1/shops/s1/categories': () => json(200, { items: ['Kaffee'] }),
      'DELETE /api/v1/shops/s1/api-keys/k1': () => noContent(),
      'GET /api/v1/portal/vouchers/v1/qr': () => raw(new Response('png', { headers: { 'Content-Type': 'image/png' } })),
      'POST /api/v1/shops/s1/customers/c1/redemptions': () => problem(422, { code: 'insufficient-points', title: 'No' }),
    });
    expect(await (await fetch('/api/v1/shops/s1/categories?x=1')).json()).toEqual({ items: ['Kaffee'] });
    expect((await fetch('/api/v1/shops/s1/api-keys/k1', { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch('/api/v1/portal/vouchers/v1/qr')).text()).toBe('png');
    const refused = await fetch('/api/v1/shops/s1/customers/c1/redemptions', { method: 'POST', body: '{"rewardId":"r1"}' });
    expect([refused.status, (await refused.json()).code]).toEqual([422, 'insufficient-points']);
    expect((await fetch('/api/v1/unknown')).status).toBe(404);
    expect(calls.map((c) => c.method)).toEqual(['GET', 'DELETE', 'GET', 'POST', 'GET']);
    expect(calls[3].body).toEqual({ rewardId: 'r1' });
  });

  it('does not compile mocks that drifted from the API document', () => {
    // a required field missing (graceDays)
    // @ts-expect-error
    mockFetch({ 'GET /api/v1/shops/s1/tiers': () => json(200, { items: [] }) });
    // a field the API does not send
    // @ts-expect-error
    mockFetch({ 'GET /api/v1/shops/s1/tiers': () => json(200, { items: [], graceDays: 30, colour: 'gold' }) });
    // money is a decimal string, not a number
    // @ts-expect-error
    mockFetch({ 'GET /api/v1/shops/s1/tiers': () => json(200, { items: [{ id: 't', name: 'Gold', threshold: 500, multiplier: '2' }], graceDays: 30 }) });
    // a path the API does not have
    // @ts-expect-error
    mockFetch({ 'GET /api/v1/shops/s1/tier': () => json(200, {}) });
    // a method the path does not have
    // @ts-expect-error
    mockFetch({ 'DELETE /api/v1/auth/session': () => noContent() });
    // a body for an answer without one (204)
    // @ts-expect-error
    mockFetch({ 'DELETE /api/v1/shops/s1/api-keys/k1': () => json(200, { revoked: true }) });
    // a bare Response says nothing about its body: use json(), noContent(), problem() or raw()
    // @ts-expect-error
    mockFetch({ 'GET /api/v1/auth/session': () => new Response('{}') });
  });
});
