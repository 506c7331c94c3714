import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentCatalog, reportCatalog } from '../../src/catalog';
import { ownStorageKey } from '../../src/state/own-key';
import { ownCatalog, ownTool } from '../fixtures/own';

/** Issue 22: the own catalog is kept in this browser with the store's care, under its own key. */

import type * as OwnStore from '../../src/state/own-store';
type OwnModule = typeof OwnStore;
/** The store as a fresh page load finds it, with whatever is saved now. */
async function fresh(): Promise<OwnModule> {
  vi.resetModules();
  return import('../../src/state/own-store');
}
const saved = () => JSON.parse(localStorage.getItem(ownStorageKey) ?? 'null') as { version: number; catalog: unknown; include: boolean } | null;

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('the own catalog\'s store', () => {
  it('starts with none, saves one under its own key and version, and reads it back on the next load', async () => {
    const first = await fresh();
    expect(first.ownStore.getState()).toMatchObject({ catalog: null, include: true, problem: null });
    const c = ownCatalog([ownTool('alpha')]);
    first.ownStore.getState().setCatalog(c);
    expect(saved()).toEqual({ version: first.ownStoreVersion, catalog: c, include: true });
    expect(localStorage.getItem('videobelwijzer')).toBeNull(); // apart from the answers
    const again = await fresh();
    expect(again.ownStore.getState()).toMatchObject({ catalog: c, include: true, problem: null });
  });

  it('repairs a damaged copy tool by tool and says how much it dropped', async () => {
    const c = ownCatalog([ownTool('alpha'), ownTool('zoom'), ownTool('beta', { e2e: { value: 7, source: 's1' } })]);
    localStorage.setItem(ownStorageKey, JSON.stringify({ version: 1, catalog: c, include: false }));
    const { ownStore } = await fresh();
    expect(ownStore.getState().catalog?.tools.map((t) => t.id)).toEqual(['alpha']);
    expect(ownStore.getState()).toMatchObject({ include: false, problem: { kind: 'repaired', dropped: 2 } });
  });

  it('leaves an unreadable copy, and a newer version\'s, as they are until the user acts', async () => {
    for (const [raw, kind] of [['{ not json', 'unreadable'], [JSON.stringify({ version: 1, catalog: { format: 'x' } }), 'unreadable'], [JSON.stringify({ version: 9, catalog: {} }), 'newer']] as const) {
      localStorage.setItem(ownStorageKey, raw);
      const { ownStore, unreadableCopy } = await fresh();
      expect(ownStore.getState()).toMatchObject({ catalog: null, problem: { kind } });
      ownStore.getState().setInclude(false); // no write over it
      expect(localStorage.getItem(ownStorageKey)).toBe(raw);
      expect(unreadableCopy()).toBe(raw);
      // Importing a file is the user's choice: it takes over.
      ownStore.getState().setCatalog(ownCatalog());
      expect(saved()?.catalog).toEqual(ownCatalog());
    }
  });

  it('keeps a change in memory and says so when storage is full', async () => {
    const { ownStore } = await fresh();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    ownStore.getState().setCatalog(ownCatalog());
    expect(ownStore.getState()).toMatchObject({ catalog: ownCatalog(), problem: { kind: 'unavailable' } });
    setItem.mockRestore();
  });

  it('adds a catalog to the saved one, and undoes the last change', async () => {
    const { ownStore } = await fresh();
    const mine = ownCatalog([ownTool('alpha')]);
    ownStore.getState().setCatalog(mine);
    ownStore.getState().addCatalog(ownCatalog([ownTool('beta')], [], 'Ander'));
    expect(ownStore.getState().catalog?.tools.map((t) => t.id)).toEqual(['alpha', 'beta']);
    expect(ownStore.getState().catalog?.title).toBe('Eigen lijst');
    ownStore.getState().undoLast();
    expect(ownStore.getState().catalog).toEqual(mine);
    expect(saved()?.catalog).toEqual(mine);
  });

  it('reads another tab\'s write in', async () => {
    const { ownStore } = await fresh();
    const c = ownCatalog([ownTool('gamma')]);
    localStorage.setItem(ownStorageKey, JSON.stringify({ version: 1, catalog: c, include: true }));
    window.dispatchEvent(new StorageEvent('storage', { key: ownStorageKey }));
    expect(ownStore.getState().catalog).toEqual(c);
  });
});

describe('the merged catalog', () => {
  it('includes the saved catalog while switched on, and a link\'s beside it, made once per change of its inputs', async () => {
    const { ownStore, mergedCatalog } = await fresh();
    expect(mergedCatalog(reportCatalog, ownStore.getState())).toBe(reportCatalog);
    ownStore.getState().setCatalog(ownCatalog([ownTool('alpha')]));
    const one = mergedCatalog(reportCatalog, ownStore.getState());
    expect(one.tools.map((t) => t.id)).toContain('alpha');
    expect(mergedCatalog(reportCatalog, ownStore.getState())).toBe(one);
    expect(mergedCatalog(currentCatalog, ownStore.getState())).not.toBe(one);
    ownStore.getState().setInclude(false);
    expect(mergedCatalog(reportCatalog, ownStore.getState())).toBe(reportCatalog);
    ownStore.getState().setFromLink(ownCatalog([ownTool('beta')], [], 'Gedeeld'));
    expect(mergedCatalog(reportCatalog, ownStore.getState()).own?.catalogs.map((c) => c.via)).toEqual(['link']);
  });
});
