import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { createApi, HttpClient, type Session, type SessionUser } from '../api';
import { Providers } from '../app/Providers';
import { createI18n, type Language } from '../i18n';

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: RecordedCall) => Response | Promise<Response>;

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return json(status, { status, ...body }, 'application/problem+json');
}

/** A fetch mock routing "METHOD /path" (query ignored) to handlers, recording every call. */
export function mockFetch(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => (headers[k] = v));
    const call: RecordedCall = {
      method,
      url,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    const handler = routes[`${method} ${path}`];
    if (!handler) return problem(404, { code: 'not-found', title: `No mock for ${method} ${path}` });
    return handler(call);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

export const SHOP = {
  id: 'shop-1',
  slug: 'baeckerei',
  name: 'Bäckerei Müller',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
};

export function user(role: SessionUser['role'] = 'OWNER'): SessionUser {
  return { id: 'user-1', name: 'Maria Müller', email: 'maria@example.com', role, shop: SHOP };
}

/** Shows where the app navigated to (for routes outside the one under test). */
function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

export function renderApp(
  ui: ReactElement,
  {
    fetch,
    session = { authenticated: false },
    path = '/',
    routePath,
    language = 'en',
    cookies = () => 'XSRF-TOKEN=csrf-1',
  }: {
    fetch: typeof globalThis.fetch;
    session?: Session | null;
    path?: string;
    routePath?: string;
    language?: Language;
    cookies?: () => string;
  },
) {
  const i18n = createI18n(language);
  const api = createApi(new HttpClient({ fetch, cookies, language: () => i18n.language }));
  const content = routePath ? (
    <Routes>
      <Route path={routePath} element={ui} />
      <Route path="*" element={<LocationProbe />} />
    </Routes>
  ) : (
    ui
  );
  return {
    i18n,
    api,
    ...render(
      <MemoryRouter initialEntries={[path]}>
        <Providers api={api} i18n={i18n} session={session ?? undefined}>
          {content}
        </Providers>
      </MemoryRouter>,
    ),
  };
}

/** The input labelled exactly `label` (Mantine appends " *" to required labels). */
export function field(label: string): HTMLElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return screen.getByLabelText(new RegExp(`^${escaped}( \\*)?$`));
}
