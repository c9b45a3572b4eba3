import { useState } from 'react';
import { serverFieldErrors } from './ErrorAlert';
import { useAction } from './useAction';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Values, client-side field errors and submission of a form. A field's error is the client's own message or else
 * the server's field error of the last failed submission (see {@link serverFieldErrors}); editing a field clears
 * its client error. `error` is the last submission's error, for an `ErrorAlert`.
 */
export function useForm<V extends object>(initial: V | (() => V)) {
  type F = keyof V & string;
  const [values, setValues] = useState<V>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors<F>>({});
  const { busy, error, run } = useAction();
  const server = serverFieldErrors(error);

  function update<K extends F>(field: K, value: V[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((c) => ({ ...c, [field]: undefined }));
  }

  /** Shows the client-side errors found by validation; true when there are none. */
  function check(errors: FieldErrors<F>): boolean {
    setClientErrors(errors);
    return Object.keys(errors).length === 0;
  }

  /** Runs `action` (ignored while one is running), keeping its error for display. */
  async function submit(action: () => Promise<void>) {
    if (!busy) await run(action);
  }

  return {
    values,
    setValues,
    update,
    check,
    submit,
    busy,
    error,
    server,
    errorFor: (f: F): string | undefined => clientErrors[f] ?? server[f],
  };
}
