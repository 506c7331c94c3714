/**
 * The clients saved in this browser, read straight from storage: for the store, which opens the
 * one changed last in a new tab, and for the list of clients. Loaded only when something is saved
 * (see store.ts), with the checks every saved state goes through.
 */
import { isLang } from '../share/languages';
import { migrate } from './migrations';
import { newClientId, storeVersion, type PersistedState } from './persisted';
import { isTime, salvage } from './salvage';
import { clientKey, clientPrefix } from './client-keys';
import { langKey, storageKey } from './storage-key';

export { migrate, salvage };

/**
 * One saved client. `ok`: read and checked (`state`); `unreadable`: kept aside as it is; `newer`:
 * saved by a newer version of the app, left as it is for that version.
 */
export type SavedClient =
  | { id: string; status: 'ok'; state: PersistedState; changed: string | null; raw: string }
  | { id: string; status: 'unreadable' | 'newer'; state: null; changed: string | null; raw: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A client's entry, read as the store reads it (migrated, then checked field by field). */
export function readClient(id: string, raw: string): SavedClient {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || !('state' in parsed)) throw new Error('no state');
    const version = typeof parsed.version === 'number' ? parsed.version : 0;
    const changed = isTime(parsed.changed) ? parsed.changed : null;
    if (version > storeVersion) return { id, status: 'newer', state: null, changed, raw };
    const { state, unreadable } = salvage(migrate(parsed.state, version));
    if (!unreadable) return { id, status: 'ok', state, changed, raw };
  } catch {
    // read as unreadable below
  }
  return { id, status: 'unreadable', state: null, changed: null, raw };
}

/** Every client saved in this browser, the one changed last first (those without a date last). */
export function savedClients(): SavedClient[] {
  const list: SavedClient[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const raw = key?.startsWith(clientPrefix) ? localStorage.getItem(key) : null;
      if (key && raw !== null) list.push(readClient(key.slice(clientPrefix.length), raw));
    }
  } catch {
    // storage cannot be read: no clients to list
  }
  return list.sort((a, b) => (b.changed ?? '').localeCompare(a.changed ?? ''));
}

/**
 * Moves the one state saved before version 6 into a client of its own, exactly as it was written
 * (the store migrates and checks it when it reads it, and keeps it aside if it cannot), and its
 * language to the language's own key. Returns the new client's id, or null when there was none.
 */
export function moveOld(): string | null {
  try {
    const raw = localStorage.getItem(storageKey);
    if (raw === null) return null;
    let lang: unknown;
    try {
      lang = (JSON.parse(raw) as { state?: { lang?: unknown } } | null)?.state?.lang;
    } catch {
      // an unreadable state has no language to keep
    }
    if (isLang(lang) && localStorage.getItem(langKey) === null) localStorage.setItem(langKey, lang);
    const id = newClientId();
    localStorage.setItem(clientKey(id), raw);
    localStorage.removeItem(storageKey);
    return id;
  } catch {
    return null; // storage cannot be written: the old state stays where it is
  }
}

/** The client a new tab opens: the one moved from before version 6, else the readable one changed last. */
export function lastChanged(): string | null {
  return moveOld() ?? savedClients().find((c) => c.status === 'ok')?.id ?? null;
}
