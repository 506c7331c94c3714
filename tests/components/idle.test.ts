import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/components/idle';
import { inIdleSteps } from '../../src/components/idle-steps';

// The browser's idle callbacks, by hand: each call of `idleNow` runs the callbacks waiting then.
const waiting: (() => void)[] = [];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
// A step waits for a painted frame before its idle moment (see whenIdle): a frame asked for after
// the step's own, then a timeout after the step's.
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const idleNow = async () => {
  await settle();
  await frame();
  for (const run of waiting.splice(0)) run();
  await settle();
};

afterEach(() => {
  waiting.length = 0;
  vi.unstubAllGlobals();
});

function stubIdle() {
  let next = 0;
  const handles = new Map<number, () => void>();
  vi.stubGlobal('requestIdleCallback', (run: () => void) => {
    const handle = ++next;
    const once = () => handles.delete(handle) && run();
    handles.set(handle, once);
    waiting.push(once);
    return handle;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => handles.delete(handle));
}

describe('inIdleSteps', () => {
  it('runs each step in an idle moment of its own, in order', async () => {
    stubIdle();
    const ran: string[] = [];
    const steps = inIdleSteps(['a', 'b', 'c'].map((name) => async () => void ran.push(name)));
    await idleNow();
    expect(ran).toEqual(['a']);
    await idleNow();
    expect(ran).toEqual(['a', 'b']);
    await idleNow();
    await expect(steps.done).resolves.toBeUndefined();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('runs the steps left at once when hurried', async () => {
    stubIdle();
    const ran: string[] = [];
    const steps = inIdleSteps(['a', 'b', 'c'].map((name) => async () => void ran.push(name)));
    await idleNow();
    steps.hurry();
    await steps.done;
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('starts no step after cancel, and reports a step that fails', async () => {
    stubIdle();
    const ran: string[] = [];
    const cancelled = inIdleSteps(['a', 'b'].map((name) => async () => void ran.push(name)));
    await idleNow();
    cancelled.cancel();
    await idleNow();
    await idleNow();
    expect(ran).toEqual(['a']);

    const failing = inIdleSteps([() => Promise.reject(new Error('offline')), async () => void ran.push('after')]);
    failing.hurry();
    await expect(failing.done).rejects.toThrow('offline');
    expect(ran).toEqual(['a']);
  });
});

describe('whenIdle', () => {
  it('asks for an idle moment only once a frame has been painted, and not after cancel', async () => {
    stubIdle();
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'));
    const cancel = whenIdle(() => ran.push('cancelled'));
    await settle();
    expect(waiting).toHaveLength(0); // no frame yet: nothing waits for an idle moment
    cancel();
    await idleNow();
    expect(ran).toEqual(['kept']);
  });
});
