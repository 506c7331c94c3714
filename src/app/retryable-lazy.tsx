import { lazy, useMemo, type ComponentType } from 'react';

type Loader = () => Promise<{ default: ComponentType }>;

export interface RetryableLazy {
  Component: ComponentType<{ attempt: number }>;
  /** Starts the download without rendering, e.g. when the browser is idle. */
  preload: () => void;
}

/**
 * Like `React.lazy`, but a failed download is forgotten, so a retry fetches again instead of
 * re-throwing the cached error. `attempt` (bumped by the error boundary's Retry) makes a new lazy.
 */
export function retryableLazy(load: Loader): RetryableLazy {
  let pending: ReturnType<Loader> | null = null;
  const get = () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
  function Component({ attempt }: { attempt: number }) {
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt needs a new lazy
    const Lazy = useMemo(() => lazy(get), [attempt]);
    return <Lazy />;
  }
  return { Component, preload: () => void get().catch(() => undefined) };
}
