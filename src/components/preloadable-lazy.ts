import { lazy, type ComponentType } from 'react';

export interface PreloadableLazy<P> {
  Component: ComponentType<P>;
  /** Starts fetching the component's code, once; later calls return the same promise. */
  preload: () => Promise<unknown>;
}

/**
 * `React.lazy`, plus a way to fetch the code before it is rendered. Once fetched, the component
 * renders without suspending at all: no loading text flashes on a second visit, and a
 * synchronous render (`flushSync`, as printing needs) finds it ready.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed fetch (offline) is tried again next time
        throw error;
      },
    );
    return loading;
  };
  const Component = lazy<ComponentType<P>>(() => {
    const component = loaded;
    if (component === undefined) return preload().then((ready) => ({ default: ready }));
    // A thenable that resolves at once: React reads it without suspending.
    const ready = {
      then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: component }),
    };
    return ready as unknown as Promise<{ default: ComponentType<P> }>;
  });
  return { Component, preload };
}
