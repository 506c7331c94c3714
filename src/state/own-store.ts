/**
 * The consultant's own catalog, saved in this browser under a key and a version that are not the
 * answers' (`store.ts`), with the same care: a version and its migrations, a salvage of
 * a damaged copy (`readOwnCatalog`), a copy from a newer version left untouched, a clear problem
 * when storage is full, and two tabs kept in step. Beside it, in memory only, an own catalog that
 * came with a link: it joins this tab's rankings and is never saved unless the user says so.
 *
 * This module loads only when something is saved under its key, or when a page needs it: a
 * visitor without own tools never fetches it.
 */
import { createStore } from 'zustand/vanilla';
import { readOwnCatalog } from '../catalog/own-guard';
import { addOwnCatalog, withOwn, type OwnCatalog, type OwnEntry } from '../catalog/own';
import type { Catalog } from '../catalog/types';
import { ownStorageKey } from './own-key';

/** The saved entry's version. Older entries are migrated (`migrateOwn`); newer ones are left as they are. */
export const ownStoreVersion = 1;

/** What went wrong with the saved copy: unreadable, from a newer version, repaired (how many parts dropped), or not writable. */
export type OwnStorageProblem =
  | { kind: 'unreadable' }
  | { kind: 'newer' }
  | { kind: 'repaired'; dropped: number }
  | { kind: 'unavailable' };

export interface OwnState {
  /** The saved own catalog; null when there is none. */
  catalog: OwnCatalog | null;
  /** Whether rankings include it. On once the user has one. */
  include: boolean;
  /** An own catalog from a link, for this tab only; not saved. */
  fromLink: OwnCatalog | null;
  /** The own part of the links this tab writes (share-link `own=`): the catalogs the ranking includes; null for none. */
  linkPart: string | null;
  /** The own part of the last link opened could not be read: the ranking goes on without it. */
  linkProblem: boolean;
  problem: OwnStorageProblem | null;
  /** The catalog before the last change that can be undone (a deletion, an import), which may be none; null when there is nothing to undo. */
  undo: { before: OwnCatalog | null } | null;
  /** Replaces the saved catalog (null removes it); the one before can be brought back with `undoLast`. */
  setCatalog: (catalog: OwnCatalog | null) => void;
  /** Adds a catalog's tools, changes and sources to the saved one (or makes it the saved one). */
  addCatalog: (catalog: OwnCatalog) => void;
  undoLast: () => void;
  setInclude: (on: boolean) => void;
  setFromLink: (catalog: OwnCatalog | null) => void;
  /**
   * Reads a link's own part (decoded and checked as a file is): its catalog ranks beside the saved
   * one, unless it is the one saved already (a page this tab wrote, reloaded). Never saved by itself.
   */
  takeLinkPart: (part: string) => Promise<void>;
  /** Adds the link's catalog to the saved one, at the user's word. */
  saveFromLink: () => void;
  dismissProblem: () => void;
  /** Reads the saved copy in again (another tab wrote it). */
  reread: () => void;
}

interface Saved {
  version: number;
  catalog: OwnCatalog | null;
  include: boolean;
}

/**
 * A saved entry of an older version, brought to this one. Version 1 is the first; a later version
 * adds its step here, and tests cover each.
 */
export function migrateOwn(entry: { version: number } & Record<string, unknown>): Record<string, unknown> {
  return entry;
}

let readOnly = false;

/** JSON with every object's keys sorted: the same catalog gives the same text, whichever check wrote it. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

function read(): Pick<OwnState, 'catalog' | 'include' | 'problem'> {
  readOnly = false;
  let raw: string | null;
  try {
    raw = localStorage.getItem(ownStorageKey);
  } catch {
    return { catalog: null, include: true, problem: { kind: 'unavailable' } };
  }
  if (raw === null) return { catalog: null, include: true, problem: null };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as Saved).version !== 'number') throw new Error('not an entry');
    if ((parsed as Saved).version > ownStoreVersion) {
      // A newer app's copy: never written over, so going back to that version finds it as it was.
      readOnly = true;
      return { catalog: null, include: true, problem: { kind: 'newer' } };
    }
    const entry = migrateOwn(parsed as Saved & Record<string, unknown>) as unknown as Saved;
    const include = entry.include !== false;
    if (entry.catalog === null) return { catalog: null, include, problem: null };
    const checked = readOwnCatalog(entry.catalog);
    if (!checked) throw new Error('no catalog');
    return { catalog: checked.catalog, include, problem: checked.dropped ? { kind: 'repaired', dropped: checked.dropped } : null };
  } catch {
    // Kept as it is until the user starts afresh or imports a file: nothing is lost by reading.
    readOnly = true;
    return { catalog: null, include: true, problem: { kind: 'unreadable' } };
  }
}

function write(state: Pick<OwnState, 'catalog' | 'include'>): OwnStorageProblem | null {
  if (readOnly) return null;
  try {
    if (state.catalog === null) localStorage.removeItem(ownStorageKey);
    else localStorage.setItem(ownStorageKey, JSON.stringify({ version: ownStoreVersion, catalog: state.catalog, include: state.include } satisfies Saved));
    return null;
  } catch {
    return { kind: 'unavailable' };
  }
}

/** The text of a saved copy this app could not read, so the user can keep it as a file. */
export function unreadableCopy(): string | null {
  try {
    return localStorage.getItem(ownStorageKey);
  } catch {
    return null;
  }
}

export const ownStore = createStore<OwnState>()((set, get) => {
  /** Changes the saved catalog and writes it; a write that fails keeps the change in memory and says so. */
  const change = (catalog: OwnCatalog | null, undo: OwnState['undo']) => {
    // The user's own action takes over from a copy that could not be read.
    readOnly = false;
    const include = catalog === null ? true : get().catalog === null ? true : get().include;
    set({ catalog, include, undo, problem: write({ catalog, include }) });
  };
  return {
    ...read(),
    fromLink: null,
    linkPart: null,
    linkProblem: false,
    undo: null,
    setCatalog: (catalog) => change(catalog, { before: get().catalog }),
    addCatalog: (catalog) => {
      const before = get().catalog;
      change(before ? addOwnCatalog(before, catalog) : catalog, { before });
    },
    undoLast: () => {
      const { undo } = get();
      if (undo) change(undo.before, null);
    },
    setInclude: (include) => set({ include, problem: write({ catalog: get().catalog, include }) }),
    setFromLink: (fromLink) => set({ fromLink }),
    takeLinkPart: async (part) => {
      if (part === get().linkPart) return;
      const [{ decodeOwnPart }, { checkOwnCatalog }] = await Promise.all([import('../share/own-part'), import('../catalog/schema-own')]);
      const checked = checkOwnCatalog(await decodeOwnPart(part));
      if (!checked.ok) return set({ linkProblem: true });
      const { catalog, include } = get();
      const same = include && catalog !== null && stable(catalog) === stable(checked.catalog);
      set({ fromLink: same ? null : checked.catalog, linkProblem: false });
    },
    saveFromLink: () => {
      const { fromLink } = get();
      if (!fromLink) return;
      get().addCatalog(fromLink);
      set({ fromLink: null, include: true, problem: write({ catalog: get().catalog, include: true }) });
    },
    dismissProblem: () => set({ problem: null }),
    reread: () => set({ ...read(), undo: null }),
  };
});

// Two tabs see the same catalog: another tab's write is read in here.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === ownStorageKey || event.key === null) ownStore.getState().reread();
  });
}

/** What a ranking includes, as the inputs the merge and the links' own part depend on: compared by identity. */
const included = (state: Pick<OwnState, 'catalog' | 'include' | 'fromLink'>): readonly unknown[] => [state.include ? state.catalog : null, state.fromLink];

// The links' own part follows the catalogs the ranking includes: encoded (asynchronously) each
// time they change, and kept only if they have not changed again meanwhile.
let encoded: readonly unknown[] = [];
function encodeLinkPart(state: OwnState) {
  const inputs = included(state);
  if (inputs.every((x, i) => x === encoded[i])) return;
  encoded = inputs;
  const entries = ownEntries(state);
  if (!entries.length) return void ownStore.setState({ linkPart: null });
  const all = entries.map((e) => e.catalog).reduce((a, b) => addOwnCatalog(a, b));
  void import('../share/own-part').then(({ encodeOwnPart }) => encodeOwnPart(all)).then((linkPart) => {
    if (encoded === inputs) ownStore.setState({ linkPart });
  });
}
encodeLinkPart(ownStore.getState());
ownStore.subscribe(encodeLinkPart);

/** The own catalogs a ranking includes now: the saved one (when switched on), then a link's, which wins where both name a tool. */
export function ownEntries(state: Pick<OwnState, 'catalog' | 'include' | 'fromLink'>): OwnEntry[] {
  const entries: OwnEntry[] = [];
  if (state.catalog && state.include) entries.push({ catalog: state.catalog, via: 'saved' });
  if (state.fromLink) entries.push({ catalog: state.fromLink, via: 'link' });
  return entries;
}

// The merged catalog is rebuilt only when an input changes (the base, the saved catalog, the
// switch, a link's catalog), never per ranking: its preparation is cached by identity.
const merged = new WeakMap<Catalog, { key: readonly unknown[]; catalog: Catalog }>();
/**
 * `base` with the own catalogs the state includes, the same object for the same inputs.
 * @example mergedCatalog(reportCatalog, ownStore.getState()).tools.length
 */
export function mergedCatalog(base: Catalog, state: Pick<OwnState, 'catalog' | 'include' | 'fromLink'>): Catalog {
  const key = included(state);
  const hit = merged.get(base);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.catalog;
  const catalog = withOwn(base, ownEntries(state));
  merged.set(base, { key, catalog });
  return catalog;
}
