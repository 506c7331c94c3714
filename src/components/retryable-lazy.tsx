import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** The part gets `attempt`, should it fetch anything of its own afresh after a failure (texts). */
type Part = ComponentType<{ attempt: number }>;
type Loader = () => Promise<{ default: Part }>;

export interface RetryableLazy {
  Component: Part;
  /** Starts the download without rendering; settles once it is done, whether it loaded or failed. */
  preload: () => Promise<unknown>;
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
  let Lazy: LazyExoticComponent<Part> | null = null;
  let madeFor = -1;
  // Code that is in before the part first draws (the first page and the notices, awaited at
  // start-up) draws at once: a lazy suspends on its first render even then, and React holds back
  // what follows a shown fallback by 300 ms. Once a lazy is made it stays, so nothing is remounted.
  let Loaded: Part | null = null;
  const get = () => {
    pending ??= load().then((module) => {
      Loaded = module.default;
      return module;
    }, (error: unknown) => {
      pending = null;
      failed = true;
      throw error;
    });
    return pending;
  };
  // One lazy per download, kept outside the component: a component that suspends on its first
  // mount loses its hooks, so a lazy made in useMemo would be new on every render.
  function Component({ attempt }: { attempt: number }) {
    if (Lazy === null && Loaded !== null) return <Loaded attempt={attempt} />;
    if (Lazy === null || (failed && attempt !== madeFor)) {
      failed = false;
      madeFor = attempt;
      Lazy = lazy(get);
    }
    return <Lazy attempt={attempt} />;
  }
  return { Component, preload: () => get().catch(() => undefined) };
}
