import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads on first render, or earlier through `preload()` (when the reader
 * is about to need it): code the first view does not need stays out of the first download.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    // A failed load (a flaky network) may be tried again.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const Component = lazy(() => preload().then((component) => ({ default: component })));
  return Object.assign(Component, { preload });
}
