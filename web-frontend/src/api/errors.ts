import type { FieldError, Problem } from './types';

/** Codes produced by the client itself (never sent by the server). */
export type ClientErrorCode = 'network' | 'invalid-response';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  429: 'too-many-attempts',
};

/**
 * Error thrown by the API client. For HTTP errors it carries the parsed problem+json document;
 * for network failures `status` is 0 and `code` is `network`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title?: string;
  readonly detail?: string;
  readonly type?: string;
  readonly fieldErrors: FieldError[];
  /** The problem's own members beyond RFC 9457's (e.g. `usualUpTo` of `implausible-amount`). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    code: string;
    title?: string;
    detail?: string;
    type?: string;
    fieldErrors?: FieldError[];
    extensions?: Record<string, unknown>;
    message?: string;
    cause?: unknown;
  }) {
    super(init.message ?? init.detail ?? init.title ?? `HTTP ${init.status} ${init.code}`, { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.fieldErrors = init.fieldErrors ?? [];
    this.extensions = init.extensions ?? {};
  }

  get isNetworkError(): boolean {
    return this.code === 'network';
  }

  /** First message per field, e.g. `{ amount: 'must be greater than 0' }`. */
  fieldErrorMap(): Record<string, string> {
    const map: Record<string, string> = {};
    for (const e of this.fieldErrors) {
      if (e.field && !(e.field in map)) map[e.field] = e.message;
    }
    return map;
  }

  static network(cause: unknown): ApiError {
    return new ApiError({ status: 0, code: 'network', message: 'Network error', cause });
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

function fallbackCode(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'server-error' : `http-${status}`);
}

/** The last segment of a problem `type` URI, e.g. `.../problems/validation` → `validation`. */
function codeFromType(type: unknown): string | undefined {
  if (typeof type !== 'string' || type === 'about:blank') return undefined;
  const last = type.split(/[/#]/).filter(Boolean).pop();
  return last && /^[a-z0-9-]+$/.test(last) ? last : undefined;
}

function normaliseFieldErrors(raw: unknown): FieldError[] {
  if (!Array.isArray(raw)) return [];
  const out: FieldError[] = [];
  for (const item of raw) {
    if (item && typeof item === 'object') {
      const rec = item as Record<string, unknown>;
      const field = typeof rec.field === 'string' ? rec.field : typeof rec.pointer === 'string' ? rec.pointer.replace(/^#?\//, '') : '';
      const message = typeof rec.message === 'string' ? rec.message : typeof rec.detail === 'string' ? rec.detail : '';
      if (field || message) out.push({ field, message });
    }
  }
  return out;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'errors', 'errorId']);

function extensionsOf(doc: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!STANDARD_MEMBERS.has(k)) out[k] = v;
  return out;
}

/** Builds an ApiError from a status and a (possibly absent or non-problem) JSON body. */
export function problemToError(status: number, body: unknown): ApiError {
  // any body may come back (a proxy's HTML error page, an empty 502): every field is checked before it is used
  const doc: Partial<Problem> = body && typeof body === 'object' ? (body as Partial<Problem>) : {};
  const code =
    (typeof doc.code === 'string' && doc.code) || codeFromType(doc.type) || fallbackCode(status);
  return new ApiError({
    status: typeof doc.status === 'number' ? doc.status : status,
    code,
    title: typeof doc.title === 'string' ? doc.title : undefined,
    detail: typeof doc.detail === 'string' ? doc.detail : undefined,
    type: typeof doc.type === 'string' ? doc.type : undefined,
    fieldErrors: normaliseFieldErrors(doc.errors),
    extensions: extensionsOf(doc),
  });
}
