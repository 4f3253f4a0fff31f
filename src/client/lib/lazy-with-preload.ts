import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * A component whose code loads on first render, or earlier through `preload()` (when the reader
 * is about to need it): code the first view does not need stays out of the first download.
 * Once loaded it renders at once, without suspending: the server renders it into the embed's
 * HTML, and the browser's first render over that HTML shows no placeholder in its place.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () => {
    // A failed load (a flaky network) may be tried again.
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Component = (props: P) => {
    // Chosen once per mount: switching type later would remount the form and lose its focus.
    const [type] = useState(() => loaded ?? Lazy);
    return createElement(type, props);
  };
  return Object.assign(Component, { preload });
}
