import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { PersistedState } from './persisted';
import { storeVersion } from './persisted';

import { storageKey } from './storage-key';

export { storageKey };

export type StorageProblem = 'unreadable' | 'unavailable' | 'newer';

let report: (problem: StorageProblem) => void = () => undefined;
// A failing write is reported once; writes fail again on every change while storage is full.
let writeFailed = false;
/** Where the storage tells the store what went wrong (a notice each). */
export function onStorageProblem(listener: (problem: StorageProblem) => void) {
  report = listener;
}

/** The entry as this tab last read or wrote it: null when there was none, undefined before the first read. */
let lastSeen: string | null | undefined;
/**
 * Whether the saved entry differs from what this tab last read or wrote: another tab wrote it
 * while this one was not listening for `storage` events yet.
 */
export function changedElsewhere(): boolean {
  try {
    return lastSeen !== undefined && localStorage.getItem(storageKey) !== lastSeen;
  } catch {
    return false; // no storage (blocked, private mode): nothing another tab could have written
  }
}

/** Whether anything is saved under the app's key, or another (false when storage cannot be read at all). */
export function hasSaved(key = storageKey): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

let readOnly = false;
/**
 * True once an entry from a newer version of the app was found: it is then never written,
 * so going back to the newer version finds it untouched.
 */
export const isReadOnly = () => readOnly;

function local(): Storage | null {
  try {
    const store = typeof localStorage === 'undefined' ? null : localStorage;
    store?.getItem(storageKey); // private modes and blocked storage throw here
    return store;
  } catch {
    return null;
  }
}

/**
 * zustand's storage: JSON in localStorage, never a crash. What cannot be read is reported; a
 * newer version's entry makes this tab read-only; a write that fails (full or blocked storage)
 * is reported once, and the app goes on in memory.
 */
export const storage: PersistStorage<PersistedState> = {
  getItem(name) {
    readOnly = false;
    const store = local();
    if (!store) {
      report('unavailable');
      return null;
    }
    const raw = store.getItem(name);
    lastSeen = raw;
    if (raw == null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) throw new Error('no state');
      const value = parsed as StorageValue<PersistedState>;
      const version = typeof value.version === 'number' ? value.version : 0;
      if (version > storeVersion) {
        readOnly = true;
        report('newer');
      }
      return value;
    } catch {
      report('unreadable');
      return null;
    }
  },
  setItem(name, value) {
    if (readOnly) return;
    try {
      const store = local();
      if (!store) throw new Error('no storage');
      const raw = JSON.stringify(value);
      store.setItem(name, raw);
      lastSeen = raw;
      writeFailed = false;
    } catch {
      if (!writeFailed) {
        writeFailed = true;
        report('unavailable');
      }
    }
  },
  removeItem(name) {
    readOnly = false; // "Forget" is the user's explicit choice, also over a newer version's entry
    try {
      local()?.removeItem(name);
      lastSeen = null;
    } catch {
      // nothing stored that could be removed
    }
  },
};
