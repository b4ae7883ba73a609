/**
 * jsdom lacks a few browser APIs that Fluent UI uses. Imported first by every component test (or
 * registered as `setupFiles` of the dom project in jest.config.js).
 */
import { configure } from '@testing-library/dom';

// findBy*/waitFor give up after 1 s by default; a whole-pane render in jsdom can take longer on a loaded
// 2-core CI machine. This only bounds how long a test waits, it asserts nothing about speed. Configured on
// @testing-library/dom: importing @testing-library/react in a setup file would skip its automatic cleanup.
configure({ asyncUtilTimeout: 10000 });

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined') {
  window.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  Element.prototype.scrollIntoView ??= function scrollIntoView(): void {};
}
