import { describe, expect, it } from 'vitest';
import { ApiError, IdempotencyKeys } from '.';

function sequence() {
  let n = 0;
  return () => `key-${++n}`;
}

const body = { amount: '25.00', currency: 'EUR' };

describe('IdempotencyKeys', () => {
  it('uses a fresh key for every successful submission', async () => {
    const keys = new IdempotencyKeys(sequence());
    const used: string[] = [];
    await keys.run(body, async (k) => used.push(k));
    await keys.run(body, async (k) => used.push(k));
    expect(used).toEqual(['key-1', 'key-2']);
  });

  it('reuses the key when the same purchase is retried after a network error', async () => {
    const keys = new IdempotencyKeys(sequence());
    const used: string[] = [];
    await expect(
      keys.run(body, async (k) => {
        used.push(k);
        throw ApiError.network(new TypeError('Failed to fetch'));
      }),
    ).rejects.toBeInstanceOf(ApiError);
    await keys.run({ ...body }, async (k) => used.push(k));
    await keys.run(body, async (k) => used.push(k));
    expect(used).toEqual(['key-1', 'key-1', 'key-2']);
  });

  it('uses a new key when the retried purchase differs', async () => {
    const keys = new IdempotencyKeys(sequence());
    await keys.run(body, async () => {
      throw ApiError.network(undefined);
    }).catch(() => undefined);
    expect(keys.keyFor({ amount: '26.00', currency: 'EUR' })).toBe('key-2');
  });

  it('uses a new key after the server answered with an error', async () => {
    const keys = new IdempotencyKeys(sequence());
    await keys
      .run(body, async () => {
        throw new ApiError({ status: 400, code: 'validation' });
      })
      .catch(() => undefined);
    expect(keys.keyFor(body)).toBe('key-2');
  });

  it('uses a new key after reset, even for the same body', async () => {
    const keys = new IdempotencyKeys(sequence());
    await keys.run(body, async () => {
      throw ApiError.network(undefined);
    }).catch(() => undefined);
    keys.reset();
    expect(keys.keyFor(body)).toBe('key-2');
  });

  it('generates UUIDs by default', () => {
    expect(new IdempotencyKeys().keyFor(body)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
