import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lays nothing out, so it has no scrollIntoView; a permalink's reveal calls it.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= () => {};

afterEach(() => {
  cleanup();
  // Server tests run in the node environment, which has no localStorage.
  globalThis.localStorage?.clear();
});
