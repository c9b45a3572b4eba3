import { isApiError } from './errors';

function randomKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Fallback for non-secure contexts (plain http on a LAN address) where randomUUID is missing.
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Hands out Idempotency-Keys for a form that submits non-idempotent writes (purchases).
 *
 * Every new submission gets a fresh key. If a submission failed without an answer from the server
 * (network error) and the user submits the very same body again, the same key is reused, so the
 * server can recognise the retry and will not book the purchase twice.
 */
export class IdempotencyKeys {
  private pending: { key: string; fingerprint: string } | undefined;
  private readonly generate: () => string;

  constructor(generate: () => string = randomKey) {
    this.generate = generate;
  }

  /** Key to use for submitting `body`. */
  keyFor(body: unknown): string {
    const fingerprint = JSON.stringify(body);
    if (this.pending && this.pending.fingerprint === fingerprint) return this.pending.key;
    const key = this.generate();
    this.pending = { key, fingerprint };
    return key;
  }

  /** Reports the outcome of the submission that used the last key. */
  settle(error?: unknown): void {
    // Keep the key only when we do not know whether the server processed the request.
    if (error !== undefined && isApiError(error) && error.isNetworkError) return;
    if (error !== undefined && !isApiError(error)) return; // unknown failure: be safe, allow a retry with the same key
    this.pending = undefined;
  }

  /** Forgets a kept key: the next submission is a new request even if its body is the same. */
  reset(): void {
    this.pending = undefined;
  }

  /** Runs `submit` with the right key and settles afterwards. */
  async run<T>(body: unknown, submit: (key: string) => Promise<T>): Promise<T> {
    const key = this.keyFor(body);
    try {
      const result = await submit(key);
      this.settle();
      return result;
    } catch (e) {
      this.settle(e);
      throw e;
    }
  }
}
