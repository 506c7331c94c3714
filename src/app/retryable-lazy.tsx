import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Loader = () => Promise<{ default: ComponentType }>;

export interface RetryableLazy {
  Component: ComponentType<{ attempt: number }>;
  /** Starts the download without rendering, e.g. when the browser is idle. */
  preload: () => void;
}

/**
 * Like `React.lazy`, but a failed download is forgotten, so a retry fetches again instead of
 * re-throwing the cached error. The error boundary's Retry bumps `attempt`, which re-renders.
 */
export function retryableLazy(load: Loader): RetryableLazy {
  let pending: ReturnType<Loader> | null = null;
  let Lazy: LazyExoticComponent<ComponentType> | null = null;
  const get = () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      Lazy = null; // the next render (a retry) makes a fresh lazy that downloads again
      throw error;
    });
    return pending;
  };
  // One lazy per download, kept outside the component: a component that suspends on its first
  // mount loses its hooks, so a lazy made in useMemo would be new on every retry and suspend
  // again forever once the module is already loaded.
  function Component(_props: { attempt: number }) {
    Lazy ??= lazy(get);
    return <Lazy />;
  }
  return { Component, preload: () => void get().catch(() => undefined) };
}
