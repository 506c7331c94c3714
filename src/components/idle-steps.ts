import { whenIdle } from './idle';

// A module of its own, so that only the part using it (the deferred memo) carries it.
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
