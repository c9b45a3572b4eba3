import { useState } from 'react';

/** Runs an async action, knowing whether it is running and keeping its error (cleared on the next run). */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  /** true when `action` succeeded. */
  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
