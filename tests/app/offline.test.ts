import { describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { createOfflineCopy, type RegisterWorker } from '../../src/app/offline';

/** A stand-in for vite-plugin-pwa's registerSW: records the options and what the page asks of it. */
function fakeWorker({ supported = true, controlled = true } = {}) {
  const calls = { register: 0, activate: 0, reloads: 0, checks: [] as { ms: number; check: () => void }[] };
  let options: RegisterSWOptions = {};
  const register: RegisterWorker = (o) => {
    calls.register++;
    options = o;
    return async () => {
      calls.activate++;
    };
  };
  const copy = createOfflineCopy(register, {
    supported,
    controlled: () => controlled,
    reloadPage: () => calls.reloads++,
    repeat: (check, ms) => calls.checks.push({ check, ms }),
  });
  return { copy, calls, options: () => options };
}

/** A waiting worker that can be told it became active. */
function waitingWorker() {
  const target = new EventTarget() as EventTarget & { state: ServiceWorkerState };
  target.state = 'installed';
  return Object.assign(target, {
    activate() {
      target.state = 'activated';
      target.dispatchEvent(new Event('statechange'));
    },
  });
}

describe('the offline copy as the page sees it', () => {
  it('registers the worker once, however often it is started', () => {
    const { copy, calls } = fakeWorker();
    copy.start();
    copy.start();
    expect(calls.register).toBe(1);
    expect(copy.state()).toBe('idle');
  });

  it('registers nothing in a browser without service workers', () => {
    const { copy, calls } = fakeWorker({ supported: false });
    copy.start();
    expect(calls.register).toBe(0);
    copy.reload();
    expect(calls.activate).toBe(0);
  });

  it('says when a new version waits, and tells every listener once', () => {
    const { copy, options } = fakeWorker();
    const heard = vi.fn();
    const stop = copy.subscribe(heard);
    copy.start();
    options().onNeedRefresh!();
    options().onNeedRefresh!();
    expect(copy.state()).toBe('ready');
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    copy.dismiss();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('activates the waiting version only when the user asks, and reloads once when it takes over', () => {
    const { copy, calls, options } = fakeWorker();
    copy.start();
    copy.reload();
    expect(calls.activate, 'nothing waits yet').toBe(0);
    options().onNeedRefresh!();
    expect(calls.activate, 'a waiting version alone changes nothing').toBe(0);
    copy.reload();
    expect(calls.activate).toBe(1);
    expect(calls.reloads, 'the reload waits for the new worker to take over').toBe(0);
    // registerSW calls onNeedReload on "controlling"; a second click or another tab's must not reload twice.
    options().onNeedReload!();
    options().onNeedReload!();
    expect(calls.reloads).toBe(1);
  });

  it('on a page no worker controls yet, reloads once the new worker is active', () => {
    const { copy, calls, options } = fakeWorker({ controlled: false });
    const waiting = waitingWorker();
    copy.start();
    options().onRegisteredSW!('/sw.js', { waiting, update: async () => undefined } as unknown as ServiceWorkerRegistration);
    options().onNeedRefresh!();
    copy.reload();
    expect(calls.activate).toBe(1);
    expect(calls.reloads).toBe(0);
    waiting.activate();
    expect(calls.reloads).toBe(1);
  });

  it('"not now" hides the notice for this page, and Reload then does nothing', () => {
    const { copy, calls, options } = fakeWorker();
    copy.start();
    options().onNeedRefresh!();
    copy.dismiss();
    expect(copy.state()).toBe('dismissed');
    copy.reload();
    expect(calls.activate).toBe(0);
  });

  it('looks for a new version every hour while the page is open, and an offline check fails quietly', async () => {
    const { copy, calls, options } = fakeWorker();
    const update = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    copy.start();
    options().onRegisteredSW!('/sw.js', { update } as unknown as ServiceWorkerRegistration);
    expect(calls.checks.map((c) => c.ms)).toEqual([60 * 60 * 1000]);
    calls.checks[0]!.check();
    expect(update).toHaveBeenCalledTimes(1);
    await expect(update.mock.results[0]!.value).rejects.toThrow('Failed to fetch');
    expect(copy.state()).toBe('idle');
  });

  it('keeps working online when the worker cannot be registered', () => {
    const { copy, calls, options } = fakeWorker();
    copy.start();
    expect(() => options().onRegisterError!(new Error('SecurityError'))).not.toThrow();
    options().onRegisteredSW!('/sw.js', undefined);
    expect(calls.checks).toEqual([]);
    expect(copy.state()).toBe('idle');
  });
});
