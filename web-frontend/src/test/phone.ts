import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/** Whether a media query such as `(max-width: 47.99em)` or `(min-width: 48em)` holds on a screen `width` px wide. */
function holds(query: string, width: number): boolean {
  const parts = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)(em|px)\)/g)];
  if (parts.length === 0) return false;
  return parts.every(([, kind, value, unit]) => {
    const px = Number(value) * (unit === 'em' ? 16 : 1);
    return kind === 'max' ? width <= px : width >= px;
  });
}

/**
 * Lets the tests of the enclosing `describe` run on a screen `width` px wide (a phone: 390): `window.matchMedia`
 * answers width queries for it (setup.ts answers "no" to every query); restored after each test.
 */
export function onScreenWidth(width = 390) {
  let spy: MockInstance<typeof window.matchMedia> | undefined;
  beforeEach(() => {
    spy = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: holds(query, width),
          media: query,
          onchange: null,
          addListener: vi.fn(),
          removeListener: vi.fn(),
          addEventListener: vi.fn(),
          removeEventListener: vi.fn(),
          dispatchEvent: vi.fn(),
        }) as MediaQueryList,
    );
  });
  // only this spy: other files' spies live on in the shared module cache (isolate: false)
  afterEach(() => spy?.mockRestore());
}
