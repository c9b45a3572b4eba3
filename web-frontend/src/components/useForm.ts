import { useState } from 'react';
import { serverFieldErrors } from './ErrorAlert';
import { useAction } from './useAction';
import { useFocusFirstError } from './useFocusFirstError';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Values, client-side field errors and submission of a form. A field's error is the client's own message or else
 * the server's field error of the last failed submission (see {@link serverFieldErrors}); editing a field clears
 * both (the server's message was about the old value). `error` is the last submission's error, for an `ErrorAlert`:
 * it goes once every field it named has been edited, when a new attempt stops at the client's own checks, and when
 * the next submission starts — a banner never outlives what it was about.
 */
export function useForm<V extends object>(
  initial: V | (() => V),
  options: {
    /** The server's message of a field in the form's own words (see `fieldMessage`). */
    describe?: (field: string, message: string) => string;
  } = {},
) {
  type F = keyof V & string;
  const [values, setValues] = useState<V>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors<F>>({});
  const { busy, error, setError, run } = useAction();
  const focus = useFocusFirstError();
  // fields edited since the last failed submission: their server errors are out of date
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  const allServer = serverFieldErrors(error);
  const server: Record<string, string> = {};
  for (const [k, m] of Object.entries(allServer)) if (!edited.has(k)) server[k] = options.describe ? options.describe(k, m) : m;

  function forget() {
    setError(undefined);
    setEdited(new Set());
  }

  function update<K extends F>(field: K, value: V[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((c) => ({ ...c, [field]: undefined }));
    if (field in allServer) {
      const next = new Set(edited).add(field);
      if (Object.keys(allServer).every((k) => next.has(k))) forget();
      else setEdited(next);
    }
  }

  /** Shows the client-side errors found by validation; true when there are none. */
  function check(errors: FieldErrors<F>): boolean {
    setClientErrors(errors);
    const ok = Object.keys(errors).length === 0;
    // a new attempt that stops here: the last submission's banner is about an older state of the form
    if (!ok && error) forget();
    if (!ok) focus.failed();
    return ok;
  }

  /** Runs `action` (ignored while one is running), keeping its error for display. */
  async function submit(action: () => Promise<void>) {
    if (busy) return;
    setEdited(new Set());
    if (!(await run(action))) focus.failed();
  }

  return {
    /** For the `<form>`: after a failed attempt its first invalid field is brought into view and focused. */
    ref: focus.ref,
    values,
    setValues,
    update,
    check,
    submit,
    busy,
    error,
    /** Forgets the last submission's error (e.g. when the user chooses to correct the input). */
    clearError: forget,
    server,
    errorFor: (f: F): string | undefined => clientErrors[f] ?? server[f],
  };
}
