import { afterEach, describe, expect, it, vi } from 'vitest';
import { beforePrinting, printWhenReady } from '../../src/components/print';

afterEach(() => vi.restoreAllMocks());

describe('printWhenReady', () => {
  it('waits for a part that registers after Print was pressed, then for what it loads', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const printed = printWhenReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(print).not.toHaveBeenCalled();
    let loaded = false;
    const unregister = beforePrinting(async () => {
      loaded = true;
    });
    await printed;
    expect(loaded).toBe(true);
    expect(print).toHaveBeenCalledTimes(1);
    unregister();
  });

  it('lets every press made before the part registers go on once it does', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const presses = [printWhenReady(), printWhenReady()];
    const unregister = beforePrinting(async () => {});
    await Promise.all(presses);
    expect(print).toHaveBeenCalledTimes(2);
    unregister();
  });

  it('prints anyway when no part registers in time, or what it loads fails', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await printWhenReady(5);
    expect(print).toHaveBeenCalledTimes(1);
    const unregister = beforePrinting(() => Promise.reject(new Error('offline')));
    await printWhenReady();
    expect(print).toHaveBeenCalledTimes(2);
    unregister();
  });
});
