import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { NO_FAULTS } from '../../mocks/faults';
import { failOnConsoleError } from './console-guard';
import { mock } from './server';
import { resetSignIn } from './sign-in';

// Fluent UI renders a lot in jsdom; give findBy* queries time on a 2-core machine.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.store.reset();
  mock.faults.set(NO_FAULTS);
  resetSignIn();
});
afterAll(() => mock.server.close());

failOnConsoleError(() => {
  cleanup();
  mock.server.resetHandlers();
});

// jsdom lacks a few browser APIs that Fluent UI uses.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// Tabster (Fluent's focus manager) expects these globals, which the jsdom environment leaves out.
globalThis.NodeFilter ??= window.NodeFilter;
// The router restores scroll positions; jsdom has no layout to scroll.
window.scrollTo = () => {};
