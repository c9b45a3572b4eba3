import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { createApi, HttpClient, type Problem, type Session, type SessionUser, type Shop } from '../api';
import type { paths } from '../api/schema';
import { Providers } from '../app/Providers';
import { createI18n, type Language } from '../i18n';

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

// ── answers whose bodies the compiler checks against docs/openapi.json ─────────────────────────────────────────────
//
// A route key is "METHOD /concrete/path" (query ignored). Its path is matched segment by segment against the paths
// of the API document (`{shopId}` matches any one segment), and its handler must answer with what the operation
// answers: `json(…)` with a body of its 2xx response schema, `noContent()` for a 204, `problem(…)` for an error,
// or `raw(…)` for an answer the document does not describe (an HTML error page, an image). A key the document
// does not know, or a mock body that drifted from the API, fails to compile.

type Template = keyof paths & string;
type Segments<S extends string> = S extends `${infer H}/${infer T}` ? [H, ...Segments<T>] : [S];
type SegmentsMatch<C extends string[], T extends string[]> = C extends [infer CH extends string, ...infer CR extends string[]]
  ? T extends [infer TH extends string, ...infer TR extends string[]]
    ? TH extends `{${string}}`
      ? CH extends ''
        ? false
        : SegmentsMatch<CR, TR>
      : CH extends TH
        ? SegmentsMatch<CR, TR>
        : false
    : false
  : T extends []
    ? true
    : false;
/** The document's path template of a concrete path, e.g. `/api/v1/shops/{shopId}` of `/api/v1/shops/shop-1`. */
type TemplateOf<P extends string> = { [T in Template]: SegmentsMatch<Segments<P>, Segments<T>> extends true ? T : never }[Template];
/** The operation of a route key "METHOD /path", or never. */
type OperationOf<K extends string> = K extends `${infer M} ${infer P}`
  ? [TemplateOf<P>] extends [never]
    ? never
    : Lowercase<M> extends keyof paths[TemplateOf<P>]
      ? NonNullable<paths[TemplateOf<P>][Lowercase<M>]>
      : never
  : never;

declare const jsonBody: unique symbol;
declare const emptyBody: unique symbol;
declare const problemBody: unique symbol;
declare const rawBody: unique symbol;
/** A JSON answer with a body of type `T`. */
export type JsonReply<T> = Response & { readonly [jsonBody]: T };
/** An answer without a body (204). */
export type EmptyReply = Response & { readonly [emptyBody]: true };
/** An RFC 9457 problem answer. */
export type ProblemReply = Response & { readonly [problemBody]: true };
/** An answer the API document does not describe, on purpose. */
export type RawReply = Response & { readonly [rawBody]: true };

type SuccessReply<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R]: S extends 200 | 201 | 202 | 204
        ? R[S] extends { content: { 'application/json': infer B } }
          ? JsonReply<B>
          : EmptyReply
        : never;
    }[keyof R]
  : never;

/** What the handler of a route key may answer. */
export type Reply<K extends string> = SuccessReply<OperationOf<K>> | ProblemReply | RawReply;
export type Handler<K extends string> = (call: RecordedCall) => Reply<K> | Promise<Reply<K>>;
/** The JSON body of a successful answer of a route key, e.g. `Body<'GET /api/v1/portal/me'>`. */
export type Body<K extends string> = SuccessReply<OperationOf<K>> extends infer R ? (R extends JsonReply<infer B> ? B : never) : never;
/** Mocked routes: every key names an operation of docs/openapi.json, every handler answers as it does. */
export type Routes<K extends string> = {
  [P in K]: string extends P
    ? 'a route key must be a literal "METHOD /path"'
    : [OperationOf<P>] extends [never]
      ? `not an operation of docs/openapi.json: ${P}`
      : Handler<P>;
};

/** A JSON answer; its body is checked against the route's response schema (`T` comes from the route). */
export function json<T>(status: number, body: NoInfer<T>, contentType = 'application/json'): JsonReply<T> {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }) as JsonReply<T>;
}

export function noContent(): EmptyReply {
  return new Response(null, { status: 204 }) as EmptyReply;
}

/** An answer without a body for an operation whose 202 has none (a request taken on, e.g. a mail to send). */
export function accepted(): EmptyReply {
  return new Response(null, { status: 202 }) as EmptyReply;
}

/** A problem answer (the status is added to the body). */
export function problem(status: number, body: Partial<Problem>): ProblemReply {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  }) as ProblemReply;
}

/** An answer outside the API document, e.g. a proxy's HTML error page: the client must cope with it. */
export function raw(response: Response): RawReply {
  return response as RawReply;
}

/** A fetch mock routing "METHOD /path" (query ignored) to handlers, recording every call. */
export function mockFetch<K extends string>(routes: Routes<K>) {
  const handlers = routes as Record<string, Handler<string>>;
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
      // a JSON body parsed; any other (a File uploaded as it is) as sent
      body: typeof init.body === 'string' ? JSON.parse(init.body) : (init.body ?? undefined),
    };
    calls.push(call);
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    const handler = handlers[`${method} ${path}`];
    if (!handler) return problem(404, { code: 'not-found', title: `No mock for ${method} ${path}` });
    return handler(call);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

export const SHOP: Shop = {
  id: 'shop-1',
  slug: 'baeckerei',
  name: 'Bäckerei Müller',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
};

/**
 * A logged-in user of a shop whose e-mail address is confirmed (`shopVerified: false` for the banner's tests), without
 * two-factor login and not required to set it up.
 */
export function user(role: SessionUser['role'] = 'OWNER', shopVerified = true): SessionUser {
  return {
    id: 'user-1',
    name: 'Maria Müller',
    email: 'maria@example.com',
    role,
    shop: SHOP,
    shopVerified,
    secondFactorEnabled: false,
    secondFactorSetupRequired: false,
  };
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
