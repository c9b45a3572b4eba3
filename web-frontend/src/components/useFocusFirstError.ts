import { useEffect, useRef, useState } from 'react';

/**
 * After a failed attempt to submit (`failed()`), brings the form's first invalid field (`aria-invalid`) into view
 * and focuses it — or its error banner when no field is marked — so an error far from the button is not missed.
 * Attach `ref` to the `<form>`.
 */
export function useFocusFirstError<E extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<E>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0 || !ref.current) return;
    const root = ref.current;
    const target =
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('[data-testid="form-error"]');
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    if (!target.matches('input, textarea, select, button')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [attempt]);
  return { ref, failed: () => setAttempt((a) => a + 1) };
}
