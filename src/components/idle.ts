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
