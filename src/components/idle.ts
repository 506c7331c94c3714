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

/** How long after the page has loaded the work for later actions starts (see `whenSettled`). */
export const settleDelay = 4000;

/**
 * Runs `callback` in an idle moment `delay` ms after the page has loaded: for work that serves a
 * later action (the other pages' code, the offline copy, the memo), so it stays out of the first
 * seconds, while a phone lays out the page and the person starts to read. Returns a cancel function.
 */
export function whenSettled(callback: () => void, delay = settleDelay): () => void {
  let cancel = () => undefined as void;
  const start = () => {
    const timer = setTimeout(() => (cancel = whenIdle(callback)), delay);
    cancel = () => clearTimeout(timer);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    window.removeEventListener('load', start);
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

/** False until `whenSettled` runs, then true (in a transition). */
export function useSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => whenSettled(() => startTransition(() => setSettled(true))), []);
  return settled;
}

/**
 * Runs `steps` one after another, each in an idle moment of its own (or after `timeout` ms), so
 * loading several parts in the background never adds up to one long task. `hurry()` runs the
 * steps left at once, for someone who is waiting. `first` is the wait before the first step. `done` settles after the last step, or rejects
 * with the first that fails; after `cancel()` no further step starts, and `done` never settles.
 *
 * @example
 * const memo = inIdleSteps([() => import('./memo'), () => loadTexts()]);
 * printButton.onclick = () => { memo.hurry(); void memo.done.then(print); };
 */
export function inIdleSteps(
  steps: readonly (() => Promise<unknown>)[],
  { timeout = 3000, first = (go: () => void) => whenIdle(go, timeout) } = {},
): { done: Promise<void>; hurry: () => void; cancel: () => void } {
  let urgent = false;
  let cancelled = false;
  let wake: (() => void) | null = null;
  let stopWaiting = () => undefined as void;
  let waits = 0;
  const idle = () =>
    new Promise<void>((go) => {
      if (cancelled) return;
      if (urgent) return go();
      stopWaiting = (waits++ === 0 ? first : (next: () => void) => whenIdle(next, timeout))(() => go());
      wake = () => {
        stopWaiting();
        go();
      };
    });
  const done = steps.reduce<Promise<void>>((before, step) => before.then(idle).then(() => step()).then(() => undefined), Promise.resolve());
  return {
    done,
    hurry: () => {
      urgent = true;
      wake?.();
    },
    cancel: () => {
      cancelled = true;
      stopWaiting();
    },
  };
}
