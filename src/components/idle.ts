import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `callback` once the browser is idle, or after `timeout` ms at the latest; returns a
 * function that cancels it. Browsers without requestIdleCallback (Safari) wait a short moment.
 */
export function whenIdle(callback: () => void, timeout = 2000): () => void {
  if (window.requestIdleCallback) {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 200);
  return () => clearTimeout(handle);
}

/**
 * Runs `callback` in an idle moment once `delay` ms have passed: for work that serves a later
 * action (the other pages' code, the offline copy, the memo), so it stays out of the first seconds
 * of a page, while a phone lays it out and the person starts to read. Returns a cancel function.
 */
export function whenSettled(callback: () => void, delay = 4000): () => void {
  let cancel = () => {};
  const timer = setTimeout(() => (cancel = whenIdle(callback)), delay);
  return () => {
    clearTimeout(timer);
    cancel();
  };
}

/**
 * False until the browser is first idle after mount (or `timeout` ms have passed), then true. Set
 * in a transition, so whatever it reveals renders in slices rather than as one long task.
 */
export function useIdle(timeout?: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setIdle(true)), timeout), [timeout]);
  return idle;
}
