import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstPageNeeds, pages, preloadPages } from '../../src/app/pages';
import type { RetryableLazy } from '../../src/components/retryable-lazy';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('preloadPages', () => {
  it('fetches the other pages one at a time, each in an idle moment of its own after the one before has loaded', async () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const started: string[] = [];
    const loaded: Record<string, () => void> = {};
    const page = (name: string) =>
      ({ preload: () => (started.push(name), new Promise<void>((done) => (loaded[name] = done))) }) as unknown as RetryableLazy;

    preloadPages([page('a'), page('b'), page('c')]);
    expect(started).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started, 'b waits for a to load').toEqual(['a']);

    loaded.a!();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(started, 'then for an idle moment').toEqual(['a']);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(started).toEqual(['a', 'b']);

    loaded.b!();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    idle.shift()!();
    expect(started).toEqual(['a', 'b', 'c']);
    loaded.c!();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    idle.splice(0).forEach((run) => run());
    await vi.advanceTimersByTimeAsync(1000);
    expect(started, 'nothing more after the last page').toEqual(['a', 'b', 'c']);
    expect(idle).toHaveLength(0);
  });

  it('covers every page but the start page, which is in the first load', () => {
    const split = Object.values(pages);
    expect(split).toHaveLength(10);
    expect(firstPageNeeds('/').page).toBeNull();
    const paths = ['/questions/participants', '/check', '/results', '/compare', '/table', '/about', '/updates', '/own-tools', '/clients', '/no-such-page'];
    expect(new Set(paths.map((path) => firstPageNeeds(path).page))).toEqual(new Set(split));
    // A path that names something of every object is still no page: the page that says so.
    for (const path of ['/constructor', '/__proto__', '/toString']) expect(firstPageNeeds(path)).toEqual({ page: pages['*'], namespaces: ['about'] });
  });
});
