import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApi, HttpClient, readCookie } from '.';
import { balance, purchase } from '../test/fixtures';
import { json, mockFetch, noContent, problem, raw, type Routes } from '../test/render';

function client<K extends string>(routes: Routes<K>, cookie = () => 'XSRF-TOKEN=tok-1; other=x', extra = {}) {
  const mock = mockFetch(routes);
  const http = new HttpClient({ fetch: mock.fetch, cookies: cookie, language: () => 'de', ...extra });
  return { ...mock, http, api: createApi(http) };
}

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('a=1; XSRF-TOKEN=abc%3D%3D; b=2', 'XSRF-TOKEN')).toBe('abc==');
    expect(readCookie('a=1', 'XSRF-TOKEN')).toBeUndefined();
    expect(readCookie('', 'XSRF-TOKEN')).toBeUndefined();
  });
});

describe('HttpClient', () => {
  it('sends the CSRF header from the cookie on writes, not on reads', async () => {
    const { api, calls } = client({
      'GET /api/v1/auth/session': () => json(200, { authenticated: false }),
      'POST /api/v1/auth/login': () => json(200, { authenticated: false }),
    });
    await api.auth.session();
    await api.auth.login({ shop: 's', email: 'e@x.de', password: 'p' });
    expect(calls[0].headers['x-xsrf-token']).toBeUndefined();
    expect(calls[1].method).toBe('POST');
    expect(calls[1].headers['x-xsrf-token']).toBe('tok-1');
    expect(calls[1].headers['content-type']).toBe('application/json');
    expect(calls[1].body).toEqual({ shop: 's', email: 'e@x.de', password: 'p' });
  });

  it('reads the __Host- CSRF cookie the server sets by default, before a plain one', async () => {
    const { api, calls } = client(
      { 'POST /api/v1/auth/logout': () => noContent() },
      () => 'XSRF-TOKEN=plain; __Host-XSRF-TOKEN=host%3D%3D',
    );
    await api.auth.logout();
    expect(calls[0].headers['x-xsrf-token']).toBe('host==');
  });

  it('falls back to the plain XSRF-TOKEN cookie (server with stammkunde.cookies.secure=false)', async () => {
    const { api, calls } = client(
      { 'POST /api/v1/auth/logout': () => noContent() },
      () => 'other=x; XSRF-TOKEN=plain',
    );
    await api.auth.logout();
    expect(calls[0].headers['x-xsrf-token']).toBe('plain');
  });

  it('re-reads the cookie before every write (it changes after login)', async () => {
    let cookie = 'XSRF-TOKEN=before';
    const { api, calls } = client(
      {
        'POST /api/v1/auth/login': () => json(200, { authenticated: false }),
        'POST /api/v1/auth/logout': () => noContent(),
      },
      () => cookie,
    );
    await api.auth.login({ shop: 's', email: 'e', password: 'p' });
    cookie = 'XSRF-TOKEN=after';
    await expect(api.auth.logout()).resolves.toBeUndefined();
    expect(calls.map((c) => c.headers['x-xsrf-token'])).toEqual(['before', 'after']);
  });

  it('sends Accept-Language and same-origin credentials', async () => {
    const { api, fetch } = client({ 'GET /api/v1/auth/session': () => json(200, { authenticated: false }) });
    await api.auth.session();
    const init = vi.mocked(fetch).mock.calls[0][1] as RequestInit;
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('Accept-Language')).toBe('de');
  });

  it('fetches the session first when no CSRF cookie exists yet', async () => {
    let cookie = '';
    const { api, calls } = client(
      {
        'GET /api/v1/auth/session': () => {
          cookie = 'XSRF-TOKEN=fresh';
          return json(200, { authenticated: false });
        },
        'POST /api/v1/auth/signup': () => json(201, { authenticated: false }),
      },
      () => cookie,
    );
    await api.auth.signup({
      shopName: 'A',
      shopSlug: 'abc',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      ownerName: 'O',
      email: 'o@x.de',
      password: '0123456789',
    });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/auth/session',
      'POST /api/v1/auth/signup',
    ]);
    expect(calls[1].headers['x-xsrf-token']).toBe('fresh');
  });

  it('retries a write once when a 403 came from a stale CSRF token', async () => {
    let cookie = 'XSRF-TOKEN=stale';
    let attempts = 0;
    const { api, calls } = client(
      {
        'GET /api/v1/auth/session': () => {
          cookie = 'XSRF-TOKEN=new';
          return json(200, { authenticated: false });
        },
        'POST /api/v1/auth/logout': (call) => {
          attempts++;
          return call.headers['x-xsrf-token'] === 'new'
            ? noContent()
            : problem(403, { code: 'forbidden', title: 'Forbidden' });
        },
      },
      () => cookie,
    );
    await api.auth.logout();
    expect(attempts).toBe(2);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'GET', 'POST']);
  });

  it('does not retry a 403 when the CSRF token did not change', async () => {
    const { api, calls } = client({
      'GET /api/v1/auth/session': () => json(200, { authenticated: true }),
      'PUT /api/v1/shops/s1/programme': () => problem(403, { code: 'forbidden', title: 'Not allowed' }),
    });
    const err = await api.shops.updateProgramme('s1', { basePointsPerUnit: '2' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('forbidden');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  it('parses problem+json into code, title, detail and field errors', async () => {
    const { api } = client({
      'POST /api/v1/shops/s1/customers': () =>
        problem(400, {
          type: 'https://stammkunde.de/problems/validation',
          title: 'Ungültige Eingabe',
          detail: 'Bitte Eingaben prüfen',
          code: 'validation',
          errors: [
            { field: 'email', message: 'ist keine gültige E-Mail-Adresse' },
            { field: 'lastName', message: 'darf nicht leer sein' },
          ],
        }),
    });
    const err = (await api.customers
      .create('s1', { firstName: 'A', lastName: '', acquisitionChannel: 'IN_STORE' })
      .catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(400);
    expect(err.code).toBe('validation');
    expect(err.title).toBe('Ungültige Eingabe');
    expect(err.detail).toBe('Bitte Eingaben prüfen');
    expect(err.fieldErrors).toHaveLength(2);
    expect(err.fieldErrorMap()).toEqual({
      email: 'ist keine gültige E-Mail-Adresse',
      lastName: 'darf nicht leer sein',
    });
  });

  it('derives a code when the error body is not a problem document', async () => {
    const { api } = client({
      'POST /api/v1/auth/login': () => raw(new Response('Too Many Requests', { status: 429 })),
      'GET /api/v1/portal/me': () =>
        raw(new Response('<html>oops</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
      'GET /api/v1/auth/invitations/x': () => problem(404, { type: 'https://stammkunde.de/problems/not-found', title: 'Not found' }),
    });
    const e1 = (await api.auth.login({ shop: 'a', email: 'b', password: 'c' }).catch((e: unknown) => e)) as ApiError;
    expect(e1.code).toBe('too-many-attempts');
    const e2 = (await api.portal.me().catch((e: unknown) => e)) as ApiError;
    expect([e2.status, e2.code]).toEqual([502, 'server-error']);
    const e3 = (await api.auth.invitation('x').catch((e: unknown) => e)) as ApiError;
    expect(e3.code).toBe('not-found');
  });

  it('turns a failed fetch into a network ApiError', async () => {
    const http = new HttpClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      cookies: () => 'XSRF-TOKEN=t',
    });
    const err = (await createApi(http).auth.session().catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.isNetworkError).toBe(true);
    expect(err.status).toBe(0);
  });

  it('reports an expired session (401 unauthenticated) but not a failed login', async () => {
    const onUnauthenticated = vi.fn();
    const { api } = client(
      {
        'GET /api/v1/portal/me': () => problem(401, { code: 'unauthenticated', title: 'Login required' }),
        'POST /api/v1/portal/auth/login': () => problem(401, { code: 'bad-credentials', title: 'Wrong' }),
      },
      undefined,
      { onUnauthenticated },
    );
    await api.portal.me().catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await api.portalAuth.login({ shop: 'a', email: 'b', password: 'c' }).catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('sends the Idempotency-Key header and query parameters', async () => {
    const { api, calls } = client({
      'POST /api/v1/shops/s1/customers/c1/purchases': () =>
        json(201, {
          purchase: purchase({ id: 'p1', amount: '25.00', occurredAt: '2026-11-23T10:00:00Z', pointsEarned: 25 }),
          pointsEarned: 25,
          balance: balance({ available: 25 }),
          lines: [],
        }),
      'GET /api/v1/shops/s1/customers': () => json(200, { items: [], page: 1, size: 25, total: 0 }),
    });
    await api.customers.recordPurchase('s1', 'c1', { amount: '25.00', currency: 'EUR' }, 'key-123');
    await api.customers.list('s1', { q: 'anna müller', page: 1, size: 25 });
    expect(calls[0].headers['idempotency-key']).toBe('key-123');
    expect(calls[1].url).toBe('/api/v1/shops/s1/customers?q=anna+m%C3%BCller&page=1&size=25');
  });
});
