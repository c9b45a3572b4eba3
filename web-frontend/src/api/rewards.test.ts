import { describe, expect, it } from 'vitest';
import { ApiError, createApi, HttpClient, normaliseVoucherCode, type Balance, type Reward, type RewardInput, type Voucher } from '.';
import { ledgerEntry } from '../test/fixtures';
import { json, mockFetch, problem, type Routes } from '../test/render';

const balance: Balance = { available: 5, pending: 0, owed: 0 };
const voucher: Voucher = {
  id: 'v1',
  code: '7K3M-Q9XA-2B4C-HT8R',
  rewardName: 'Kaffee gratis',
  pointsSpent: 20,
  kind: 'FREE_ITEM',
  item: 'Ein Kaffee',
  validFrom: '2026-11-23T10:00:00Z',
  validUntil: '2027-02-21T10:00:00Z',
  status: 'ISSUED',
};

function client<K extends string>(routes: Routes<K>, baseUrl = '') {
  const mock = mockFetch(routes);
  const http = new HttpClient({ fetch: mock.fetch, cookies: () => 'XSRF-TOKEN=tok-1', language: () => 'en', baseUrl });
  return { ...mock, api: createApi(http) };
}

describe('rewards API', () => {
  it('lists, creates and updates rewards of a shop', async () => {
    const reward: Reward = { id: 'r1', name: 'Kaffee gratis', pointsCost: 20, kind: 'FREE_ITEM', item: 'Ein Kaffee', validityDays: 90, active: true };
    const { api, calls } = client({
      'GET /api/v1/shops/s1/rewards': () => json(200, { items: [reward] }),
      'POST /api/v1/shops/s1/rewards': () => json(201, reward),
      'PUT /api/v1/shops/s1/rewards/r1': (call) => json(200, { ...reward, ...(call.body as object) }),
    });
    expect((await api.rewards.list('s1')).items).toHaveLength(1);
    const body: RewardInput = { name: 'Kaffee gratis', pointsCost: 20, kind: 'FREE_ITEM', item: 'Ein Kaffee', validityDays: 90 };
    await api.rewards.create('s1', body);
    const retired = await api.rewards.update('s1', 'r1', { ...body, active: false });
    expect(retired.active).toBe(false);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/shops/s1/rewards',
      'POST /api/v1/shops/s1/rewards',
      'PUT /api/v1/shops/s1/rewards/r1',
    ]);
    expect(calls[1].body).toEqual(body);
    expect(calls[1].headers['x-xsrf-token']).toBe('tok-1');
    expect(calls[2].body).toMatchObject({ active: false });
  });

  it('redeems for a customer, lists their vouchers and adjusts points with Idempotency-Keys', async () => {
    const { api, calls } = client({
      'POST /api/v1/shops/s1/customers/c1/redemptions': () => json(201, { voucher, balance }),
      'GET /api/v1/shops/s1/customers/c1/vouchers': () => json(200, { items: [voucher] }),
      'POST /api/v1/shops/s1/customers/c1/adjustments': () =>
        json(201, {
          entry: ledgerEntry({ id: 'l9', type: 'ADJUSTMENT', availableDelta: -3, occurredAt: '2026-11-23T10:00:00Z', reason: 'Typo' }),
          balance: { available: 2, pending: 0, owed: 0 },
        }),
    });
    const redeemed = await api.customers.redeem('s1', 'c1', 'r1', 'key-1');
    expect(redeemed.voucher.code).toBe('7K3M-Q9XA-2B4C-HT8R');
    expect((await api.customers.vouchers('s1', 'c1')).items[0].status).toBe('ISSUED');
    const adjusted = await api.customers.adjust('s1', 'c1', { points: -3, reason: 'Typo' }, 'key-2');
    expect(adjusted.balance.available).toBe(2);
    expect(calls[0].body).toEqual({ rewardId: 'r1' });
    expect(calls[0].headers['idempotency-key']).toBe('key-1');
    expect(calls[1].method).toBe('GET');
    expect(calls[2].body).toEqual({ points: -3, reason: 'Typo' });
    expect(calls[2].headers['idempotency-key']).toBe('key-2');
    expect(calls[2].headers['x-xsrf-token']).toBe('tok-1');
  });

  it('looks up and redeems a voucher code, normalised and encoded in the path', async () => {
    const { api, calls } = client({
      'GET /api/v1/shops/s1/vouchers/7K3M-Q9XA-2B4C-HT8R': () => json(200, voucher),
      'POST /api/v1/shops/s1/vouchers/7K3M-Q9XA-2B4C-HT8R/redemption': () =>
        json(200, { ...voucher, status: 'REDEEMED', redeemedAt: '2026-11-23T11:00:00Z' }),
      'POST /api/v1/shops/s1/vouchers/AB%2FC/redemption': () =>
        problem(409, { code: 'voucher-already-redeemed', title: 'Voucher already used' }),
    });
    expect((await api.vouchers.get('s1', ' 7k3m-q9xa 2b4c-ht8r\n')).rewardName).toBe('Kaffee gratis');
    expect((await api.vouchers.redeem('s1', '7K3M-Q9XA-2B4C-HT8R', 'key-3')).status).toBe('REDEEMED');
    const err = (await api.vouchers.redeem('s1', 'ab/c', 'key-4').catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect([err.status, err.code]).toEqual([409, 'voucher-already-redeemed']);
    expect(calls[0].url).toBe('/api/v1/shops/s1/vouchers/7K3M-Q9XA-2B4C-HT8R');
    expect(calls[1].headers['idempotency-key']).toBe('key-3');
    expect(calls[1].body).toBeUndefined();
    expect(calls[2].url).toBe('/api/v1/shops/s1/vouchers/AB%2FC/redemption');
  });

  it('runs the ledger check', async () => {
    const report = { checkedAt: '2026-11-23T10:00:00Z', accounts: 3, consistent: true, differences: [] };
    const { api, calls } = client({ 'GET /api/v1/shops/s1/ledger-check': () => json(200, report) });
    expect(await api.shops.ledgerCheck('s1')).toEqual(report);
    expect(calls[0].method).toBe('GET');
  });
});

describe('portal rewards API', () => {
  it('lists rewards and vouchers and redeems with an Idempotency-Key but no body', async () => {
    const { api, calls } = client({
      'GET /api/v1/portal/rewards': () => json(200, { items: [] }),
      'GET /api/v1/portal/vouchers': () => json(200, { items: [voucher] }),
      'POST /api/v1/portal/rewards/r1/redemptions': () => json(201, { voucher, balance }),
    });
    await api.portal.rewards();
    await api.portal.vouchers();
    const result = await api.portal.redeem('r1', 'key-9');
    expect(result.balance.available).toBe(5);
    expect(calls[2].headers['idempotency-key']).toBe('key-9');
    expect(calls[2].headers['x-xsrf-token']).toBe('tok-1');
    expect(calls[2].body).toBeUndefined();
  });

  it('reports insufficient points as a problem', async () => {
    const { api } = client({
      'POST /api/v1/portal/rewards/r1/redemptions': () =>
        problem(422, { code: 'insufficient-points', title: 'Not enough points', detail: '20 points are needed, 5 are available.' }),
    });
    const err = (await api.portal.redeem('r1', 'k').catch((e: unknown) => e)) as ApiError;
    expect([err.status, err.code, err.detail]).toEqual([422, 'insufficient-points', '20 points are needed, 5 are available.']);
  });

  it('builds the QR image URL without a request', () => {
    const { api, calls } = client({});
    expect(api.portal.voucherQrUrl('v 1')).toBe('/api/v1/portal/vouchers/v%201/qr');
    expect(client({}, 'https://shop.example').api.portal.voucherQrUrl('v1')).toBe(
      'https://shop.example/api/v1/portal/vouchers/v1/qr',
    );
    expect(calls).toHaveLength(0);
  });
});

describe('normaliseVoucherCode', () => {
  it('upper-cases, removes white space and groups 16 characters as printed', () => {
    expect(normaliseVoucherCode(' 7k3m-q9xa 2b4c-ht8r \n')).toBe('7K3M-Q9XA-2B4C-HT8R');
    expect(normaliseVoucherCode('7K3MQ9XA2B4CHT8R')).toBe('7K3M-Q9XA-2B4C-HT8R');
    expect(normaliseVoucherCode('ab-c d')).toBe('ABCD');
    expect(normaliseVoucherCode('   ')).toBe('');
  });
});
