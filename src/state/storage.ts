import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { PersistedState } from './persisted';
import { isBlank, storeVersion } from './persisted';
import { clientPrefix } from './client-keys';
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

/** Each entry as this tab last read or wrote it: null when there was none. */
const seen = new Map<string, string | null>();
/** The entries that could not be read: kept aside as they are, never written over. */
const aside = new Set<string>();
export const isAside = (key: string) => aside.has(key);

/**
 * Whether the saved entry differs from what this tab last read or wrote: another tab wrote it
 * while this one was not listening for `storage` events yet.
 */
export function changedElsewhere(key: string): boolean {
  try {
    return seen.has(key) && localStorage.getItem(key) !== seen.get(key);
  } catch {
    return false; // no storage (blocked, private mode): nothing another tab could have written
  }
}

/**
 * Whether `key` is saved, or without a key whether any client is (or the one state saved before
 * version 6). False when storage cannot be read at all.
 */
export function hasSaved(key?: string): boolean {
  try {
    if (key) return localStorage.getItem(key) !== null;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k === storageKey || k?.startsWith(clientPrefix)) return true;
    }
  } catch {
    // nothing readable
  }
  return false;
}

/** The entries a newer version of the app wrote: never written here, so going back to that version finds them untouched. */
const newer = new Set<string>();
/** Whether `key` holds an entry from a newer version of the app (this tab found it so). */
export const isReadOnly = (key: string) => newer.has(key);

function local(): Storage | null {
  try {
    const store = typeof localStorage === 'undefined' ? null : localStorage;
    store?.getItem(storageKey); // private modes and blocked storage throw here
    return store;
  } catch {
    return null;
  }
}

/** A client's entry as written: the state first, then the version and when it changed (read by the list of clients). */
export const entryText = (state: PersistedState, version = storeVersion): string =>
  JSON.stringify({ state, version, changed: new Date().toISOString() });

/** The saved state part of an entry, as written: compared before a write, so an unchanged client is not written again. */
const statePart = (raw: string | null | undefined) => (raw ? raw.slice(0, raw.lastIndexOf(',"version"')) : raw);

/**
 * zustand's storage: one client's entry, JSON in localStorage, never a crash. What cannot be read
 * is reported and kept aside; a newer version's entry is read and never written (other clients
 * are saved as usual); a write that fails
 * (full or blocked storage) is reported once, and the app goes on in memory. A client with nothing
 * in it is not written, so opening the app never leaves an empty client behind; nor is one whose
 * state did not change, so its "last changed" stays true.
 */
export const storage: PersistStorage<PersistedState> = {
  getItem(name) {
    newer.delete(name);
    const store = local();
    if (!store) {
      report('unavailable');
      return null;
    }
    const raw = store.getItem(name);
    seen.set(name, raw);
    if (raw == null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) throw new Error('no state');
      const value = parsed as StorageValue<PersistedState>;
      const version = typeof value.version === 'number' ? value.version : 0;
      if (version > storeVersion) {
        newer.add(name);
        report('newer');
      }
      return value;
    } catch {
      aside.add(name);
      report('unreadable');
      return null;
    }
  },
  setItem(name, { state, version }) {
    if (newer.has(name) || aside.has(name)) return;
    const before = seen.get(name);
    if (before == null && isBlank(state)) return;
    const raw = entryText(state, version);
    if (statePart(raw) === statePart(before)) return;
    try {
      const store = local();
      if (!store) throw new Error('no storage');
      store.setItem(name, raw);
      seen.set(name, raw);
      writeFailed = false;
    } catch {
      if (!writeFailed) {
        writeFailed = true;
        report('unavailable');
      }
    }
  },
  removeItem(name) {
    newer.delete(name); // deleting is the user's explicit choice, also over a newer version's entry
    try {
      local()?.removeItem(name);
      seen.set(name, null);
      aside.delete(name);
    } catch {
      // nothing stored that could be removed
    }
  },
};
