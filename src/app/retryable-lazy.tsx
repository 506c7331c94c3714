import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Loader = () => Promise<{ default: ComponentType }>;

export interface RetryableLazy {
  Component: ComponentType<{ attempt: number }>;
  /** Starts the download without rendering, e.g. when the browser is idle. */
  preload: () => void;
}

/**
 * Like `React.lazy`, but a failed download can be tried again: the error boundary's Retry bumps
 * `attempt`, and only then is a fresh download started. Until then the failed lazy stays, so it
 * keeps throwing into the boundary (a fresh one on every render would retry forever, and the
 * page would show "loading" for good).
 */
export function retryableLazy(load: Loader): RetryableLazy {
  let pending: ReturnType<Loader> | null = null;
  let failed = false;
  let Lazy: LazyExoticComponent<ComponentType> | null = null;
  let madeFor = -1;
  const get = () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      failed = true;
      throw error;
    });
    return pending;
  };
  // One lazy per download, kept outside the component: a component that suspends on its first
  // mount loses its hooks, so a lazy made in useMemo would be new on every render.
  function Component({ attempt }: { attempt: number }) {
    if (Lazy === null || (failed && attempt !== madeFor)) {
      failed = false;
      madeFor = attempt;
      Lazy = lazy(get);
    }
    return <Lazy />;
  }
  return { Component, preload: () => void get().catch(() => undefined) };
}
