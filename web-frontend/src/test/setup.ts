import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy…/waitFor wait up to 5 s instead of 1 s: on a loaded 2-core machine a Mantine page can take over a second to
// render, and a passing test does not wait any longer for it.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks a few browser APIs that Mantine uses.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: vi.fn().mockImplementation((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    })),
  });
}

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

// jsdom has no layout, so the charts' ResponsiveContainer (recharts) measures 0 × 0 and warns about it for every
// chart; that one warning is left out (the charts' data is checked through their tables and labels).
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('The width(0) and height(0) of chart')) return;
  consoleWarn(...args);
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// The app loads its areas lazily (App.tsx); tests that render the routes get them loaded before they start, so a
// first import under load does not count against a test's waiting time.
await import('../areas/admin');
await import('../areas/portal');
