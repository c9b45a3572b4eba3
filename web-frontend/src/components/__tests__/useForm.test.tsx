import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import { useForm } from '../useForm';

const invalid = () =>
  new ApiError({
    status: 400,
    code: 'validation',
    fieldErrors: [
      { field: 'amount', message: 'must be greater than 0' },
      { field: 'name', message: 'must not be blank' },
    ],
  });

function setup() {
  return renderHook(() => useForm({ amount: '', name: '' }));
}

async function fail(result: ReturnType<typeof setup>['result'], error: unknown) {
  await act(() =>
    result.current.submit(async () => {
      throw error;
    }),
  );
}

describe('useForm: errors go when they are out of date', () => {
  it('drops a server field error once its field is edited, and the banner once every named field is', async () => {
    const { result } = setup();
    await fail(result, invalid());
    expect(result.current.errorFor('amount')).toBe('must be greater than 0');
    expect(result.current.error).toBeInstanceOf(ApiError);

    act(() => result.current.update('amount', '12'));
    expect(result.current.errorFor('amount')).toBeUndefined();
    expect(result.current.errorFor('name')).toBe('must not be blank');
    expect(result.current.error).toBeInstanceOf(ApiError);

    act(() => result.current.update('name', 'Kaffee'));
    expect(result.current.errorFor('name')).toBeUndefined();
    expect(result.current.error).toBeUndefined();
  });

  it('keeps a banner without field errors while typing, and drops it on the next successful submission', async () => {
    const { result } = setup();
    await fail(result, new ApiError({ status: 409, code: 'conflict', detail: 'Changed meanwhile' }));
    act(() => result.current.update('amount', '12'));
    expect(result.current.error).toBeInstanceOf(ApiError);
    await act(() => result.current.submit(async () => {}));
    expect(result.current.error).toBeUndefined();
  });

  it('drops the last submission’s banner when a new attempt stops at the client’s checks', async () => {
    const { result } = setup();
    await fail(result, new ApiError({ status: 409, code: 'conflict' }));
    act(() => {
      result.current.check({ amount: 'Please enter an amount.' });
    });
    expect(result.current.error).toBeUndefined();
    expect(result.current.errorFor('amount')).toBe('Please enter an amount.');
  });

  it('shows a new server field error again after a field was edited before', async () => {
    const { result } = setup();
    await fail(result, invalid());
    act(() => result.current.update('amount', '12'));
    await fail(result, invalid());
    expect(result.current.errorFor('amount')).toBe('must be greater than 0');
  });
});
