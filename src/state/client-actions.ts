/**
 * What the list of clients does to them: open, start, rename, duplicate, delete (with Undo) and
 * delete them all. Loaded with the pages that offer it, never with a first screen.
 */
import { clientPart, maxClientName, newClientId, type PersistedState } from './persisted';
import { readClient, savedClients, type SavedClient } from './saved-clients';
import type { Deleted } from './notices';
import { entryText, hasSaved, storage } from './storage';
import { clientKey } from './client-keys';
import { loadChecks, moveTab, useStore } from './store';

export { savedClients, type Deleted, type SavedClient };

/**
 * Opens a saved client in this tab. The one open before stays saved as it was. A client no longer
 * saved (deleted in another tab since the list was read) is not opened.
 */
export async function openClient(id: string): Promise<void> {
  await loadChecks();
  if (id === useStore.getState().id || !hasSaved(clientKey(id))) return;
  moveTab(id);
  // Read before anything is written under the new key, so nothing of the client before leaks in.
  await useStore.persist.rehydrate();
}

/** Starts a new, blank client in this tab. */
export function startClient(): void {
  useStore.getState().startClient();
}

function write(id: string, state: PersistedState): boolean {
  try {
    localStorage.setItem(clientKey(id), entryText(state));
    return true;
  } catch {
    return false;
  }
}

/** Renames a client: the open one through the store, another in its own entry. False when it could not be saved. */
export function renameClient(id: string, name: string): boolean {
  const open = useStore.getState();
  if (id === open.id) {
    open.setClient({ name });
    return true;
  }
  const entry = savedClients().find((c) => c.id === id);
  if (entry?.status !== 'ok') return false;
  return write(id, { ...entry.state, client: { ...entry.state.client, name: name.slice(0, maxClientName) } });
}

/**
 * A copy of a client with the same answers, data set, sensitivity and choice, but without name or
 * notes, saved as a new client. Returns its id, or null when it could not be saved.
 */
export function duplicateClient(id: string): string | null {
  const open = useStore.getState();
  const source = id === open.id ? clientPart(open) : savedClients().find((c) => c.id === id)?.state;
  if (!source) return null;
  const copy: PersistedState = {
    answers: source.answers,
    dataSet: source.dataSet,
    sensitivity: source.sensitivity,
    suggested: source.suggested,
    choice: source.choice,
    answered: source.answered,
    client: { name: '', notes: '' },
    created: new Date().toISOString(),
    exportedAt: null,
  };
  const copyId = newClientId();
  return write(copyId, copy) ? copyId : null;
}

/** Removes a client's entry, without Undo: the empty client a link made, when the way back is taken. */
export function removeClient(id: string): void {
  storage.removeItem(clientKey(id));
}

/**
 * Deletes a client. The open one is replaced by a new, blank client in this tab. Returns what
 * Undo needs (`restoreClient`).
 */
export function deleteClient(id: string): Deleted {
  const key = clientKey(id);
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    // nothing readable to bring back
  }
  const open = useStore.getState();
  const name = id === open.id ? open.client.name : raw ? (readClient(id, raw).state?.client.name ?? '') : '';
  const state = id === open.id ? clientPart(open) : null;
  storage.removeItem(key);
  if (id === open.id) open.startClient();
  return { id, name, raw, state };
}

/** Undoes `deleteClient`: the entry comes back as it was, and opens again if `open`. */
export async function restoreClient(deleted: Deleted, open: boolean): Promise<void> {
  if (deleted.raw !== null) {
    try {
      localStorage.setItem(clientKey(deleted.id), deleted.raw);
    } catch {
      useStore.getState().addNotice({ kind: 'storageUnavailable', name: deleted.name });
      return;
    }
  }
  if (!open) return;
  if (deleted.raw !== null) return openClient(deleted.id);
  // Never written (storage full, or nothing answered yet): back as the page held it.
  moveTab(deleted.id);
  if (deleted.state) useStore.setState({ ...deleted.state, id: deleted.id });
}


/** Deletes every client saved in this browser (the own tools stay: they are not a client's). This tab starts a new, blank client. */
export function deleteAllClients(): void {
  for (const client of savedClients()) storage.removeItem(clientKey(client.id));
  useStore.getState().startClient();
}

/** Saves a client read from a file as a new client, and opens it. Returns its id, or null when it could not be saved. */
export async function addClient(state: PersistedState): Promise<string | null> {
  const id = newClientId();
  if (!write(id, state)) return null;
  await openClient(id);
  return id;
}
