import { whenIdle } from './idle';

// A module of its own, so that only the part using it (the deferred memo) carries it.

/**
 * Runs `steps` one after another, each in an idle moment of its own (or after `timeout` ms), so
 * loading several parts in the background never adds up to one long task. `first` is the wait
 * before the first step. `hurry()` runs the steps left at once, for someone who is waiting.
 * `done` settles after the last step, or rejects with the first that fails; after `cancel()` no
 * further step starts, and `done` never settles.
 *
 * @example
 * const memo = inIdleSteps([() => import('./memo'), () => loadTexts()]);
 * printButton.onclick = () => { memo.hurry(); void memo.done.then(print); };
 */
export function inIdleSteps(
  steps: readonly (() => Promise<unknown>)[],
  { timeout = 3000, first = (go: () => void) => whenIdle(go, timeout) } = {},
): { done: Promise<void>; hurry: () => void; cancel: () => void } {
  const later = (go: () => void) => whenIdle(go, timeout);
  let urgent = false;
  let cancelled = false;
  let stopWaiting = () => {};
  let wake = () => {};
  const wait = (until: (go: () => void) => () => void) =>
    new Promise<void>((go) => {
      if (cancelled) return;
      if (urgent) return go();
      stopWaiting = until(go);
      wake = () => {
        stopWaiting();
        go();
      };
    });
  const done = steps.reduce<Promise<void>>(
    (before, step, i) => before.then(() => wait(i === 0 ? first : later)).then(step).then(() => undefined),
    Promise.resolve(),
  );
  return {
    done,
    hurry: () => {
      urgent = true;
      wake();
    },
    cancel: () => {
      cancelled = true;
      stopWaiting();
    },
  };
}
