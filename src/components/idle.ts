import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `callback` once the browser is idle after its next painted frame, or `timeout` ms after
 * that at the latest; returns a function that cancels it.
 *
 * The frame comes first because React draws a page in slices, and the browser may find an idle
 * moment between two slices, or between drawing and painting: work meant for later would then
 * delay the first paint. A tab in the background paints no frames, so there the work waits until
 * the tab is shown; what must not wait uses `whenSettled`.
 */
export function whenIdle(callback: () => void, timeout = 2000): () => void {
  let cancel: (() => void) | undefined;
  // A timeout set in a frame's callback runs once that frame has been painted.
  const frame = requestAnimationFrame(() => setTimeout(() => (cancel ??= idleMoment(callback, timeout)), 0));
  return () => {
    cancelAnimationFrame(frame);
    // Not waiting yet: a no-op in its place keeps the frame's timeout from starting the wait.
    (cancel ??= () => {})();
  };
}

/** An idle moment, or `timeout` ms at the latest. Browsers without requestIdleCallback (Safari) wait a short moment. */
function idleMoment(callback: () => void, timeout: number): () => void {
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
 * of a page, while a phone lays it out and the person starts to read. It does not wait for a
 * frame, so a tab opened in the background still gets its offline copy. Returns a cancel function.
 */
export function whenSettled(callback: () => void, delay = 4000): () => void {
  let cancel = () => {};
  const timer = setTimeout(() => (cancel = idleMoment(callback, 2000)), delay);
  return () => {
    clearTimeout(timer);
    cancel();
  };
}

/**
 * False until the browser is first idle after mount (or `timeout` ms have passed), and `prepare`
 * (if given) has settled, then true. Set in a transition, so whatever it reveals renders in
 * slices rather than as one long task. `prepare` is fixed for the component's life.
 */
export function useIdle(timeout?: number, prepare: () => Promise<unknown> = async () => {}): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(
    () =>
      whenIdle(() => {
        const show = () => startTransition(() => setIdle(true));
        void prepare().then(show, show);
      }, timeout),
    // `prepare` is fixed for the component's life; a new closure each render is the same work.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [timeout],
  );
  return idle;
}
