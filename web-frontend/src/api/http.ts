import { ApiError, problemToError } from './errors';

/**
 * The CSRF token's cookie. The server names it `__Host-XSRF-TOKEN` (Secure, so no other subdomain can plant one);
 * with `stammkunde.cookies.secure=false` (plain-HTTP development) it is `XSRF-TOKEN`.
 */
export const CSRF_COOKIE = '__Host-XSRF-TOKEN';
export const CSRF_COOKIE_PLAIN_HTTP = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const SESSION_PATH = '/api/v1/auth/session';

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  /** A JSON body. */
  body?: unknown;
  /**
   * A body sent as it is (e.g. a `File` of CSV, which fetch streams from disk instead of reading it into memory) with
   * its content type; ignored when `body` is given.
   */
  raw?: { body: Blob | string; contentType: string };
  query?: Query;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpClientConfig {
  /** Prefix for every path; '' means same origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Current UI language, sent as Accept-Language. */
  language?: () => string;
  /** Reads the raw `document.cookie` string (injectable for tests). */
  cookies?: () => string;
  /** Called whenever the server answers 401 `unauthenticated` (session expired). */
  onUnauthenticated?: () => void;
}

/** Reads one cookie value from a `document.cookie`-style string. */
export function readCookie(cookieString: string, name: string): string | undefined {
  for (const part of cookieString.split(';')) {
    const idx = part.indexOf('=');
    if (idx < 0) continue;
    if (part.slice(0, idx).trim() === name) {
      const raw = part.slice(idx + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

function buildQuery(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Minimal fetch wrapper: same-origin credentials, CSRF double-submit header on writes,
 * Accept-Language, JSON bodies and problem+json errors turned into {@link ApiError}.
 */
export class HttpClient {
  private readonly config: HttpClientConfig;

  constructor(config: HttpClientConfig = {}) {
    this.config = config;
  }

  /** Absolute-path URL of an API path, e.g. for an `<img src>` that the browser loads itself. */
  url(path: string, query?: Query): string {
    return `${this.config.baseUrl ?? ''}${path}${buildQuery(query)}`;
  }

  setUnauthenticatedHandler(handler: (() => void) | undefined): void {
    this.config.onUnauthenticated = handler;
  }

  private csrfToken(): string | undefined {
    const cookies = this.config.cookies ?? (() => (typeof document === 'undefined' ? '' : document.cookie));
    const all = cookies();
    return readCookie(all, CSRF_COOKIE) ?? readCookie(all, CSRF_COOKIE_PLAIN_HTTP);
  }

  private doFetch(input: string, init: RequestInit): Promise<Response> {
    const f = this.config.fetch ?? globalThis.fetch.bind(globalThis);
    return f(input, init);
  }

  /** Makes sure a CSRF cookie exists by asking for the session (which sets it). */
  private async refreshCsrfCookie(): Promise<void> {
    try {
      await this.doFetch(`${this.config.baseUrl ?? ''}${SESSION_PATH}`, {
        method: 'GET',
        credentials: 'same-origin',
        headers: this.baseHeaders(),
      });
    } catch {
      /* the real request reports the network problem */
    }
  }

  private baseHeaders(): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    const lang = this.config.language?.();
    if (lang) headers['Accept-Language'] = lang;
    return headers;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const upper = method.toUpperCase();
    const isWrite = !SAFE_METHODS.has(upper);
    if (isWrite && !this.csrfToken()) await this.refreshCsrfCookie();

    let response = await this.send(upper, path, options, isWrite);
    if (isWrite && response.status === 403) {
      // Possibly a missing or rotated CSRF token (e.g. after login/logout in another tab):
      // fetch a fresh one and retry once, but only if the token actually changed.
      const sentToken = this.lastSentToken;
      await this.refreshCsrfCookie();
      const fresh = this.csrfToken();
      if (fresh && fresh !== sentToken) {
        response = await this.send(upper, path, options, isWrite);
      }
    }
    return this.handle<T>(response);
  }

  private lastSentToken: string | undefined;

  private async send(method: string, path: string, options: RequestOptions, isWrite: boolean): Promise<Response> {
    const headers: Record<string, string> = { ...this.baseHeaders(), ...(options.headers ?? {}) };
    let body: BodyInit | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    } else if (options.raw) {
      headers['Content-Type'] = options.raw.contentType;
      body = options.raw.body;
    }
    this.lastSentToken = undefined;
    if (isWrite) {
      const token = this.csrfToken();
      if (token) headers[CSRF_HEADER] = token;
      this.lastSentToken = token;
    }
    const url = this.url(path, options.query);
    try {
      return await this.doFetch(url, { method, headers, body, credentials: 'same-origin', signal: options.signal });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw ApiError.network(cause);
    }
  }

  private async handle<T>(response: Response): Promise<T> {
    const body = await readBody(response);
    if (!response.ok) {
      const err = problemToError(response.status, body);
      if (err.status === 401 && err.code === 'unauthenticated') this.config.onUnauthenticated?.();
      throw err;
    }
    return body as T;
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (!text) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json') || /^[[{]/.test(text.trim())) {
    try {
      return JSON.parse(text);
    } catch {
      if (response.ok) throw new ApiError({ status: response.status, code: 'invalid-response' });
      return undefined;
    }
  }
  return response.ok ? text : undefined;
}
