import { use, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { reportCatalog } from '../catalog/report';
import type * as Changes from '../catalog/changes';
import type * as Current from '../catalog/current';
import type { Catalog, DataSet } from '../catalog/types';
import type * as Own from '../state/own-store';
import type * as Parts from './own-parts';
import { hasSaved } from '../state/storage';
import { ownStorageKey } from '../state/own-key';
import { useStore } from '../state/store';
import { retryHooks } from './error-boundary';

type UpdatesModule = typeof Current;
type ChangesModule = typeof Changes;

// The updates and the catalog with them applied are fetched only when first needed: the report's
// own data ranks without them. A failed download stays failed, so the part that needs it shows
// its error with Retry (a fresh download on every render would show "loading" for good); the
// boundary's Retry forgets it, and the next render downloads afresh.
let loading: Promise<UpdatesModule> | null = null;
let failed = false;
let loadingChanges: Promise<ChangesModule> | null = null;
let changesFailed = false;
retryHooks.add(() => {
  if (failed) [loading, failed] = [null, false];
  if (changesFailed) [loadingChanges, changesFailed] = [null, false];
});

/**
 * Starts loading the changes to cells and the current catalog (`catalog/changes`), what ranking
 * on current data needs: a fraction of all the updates, which `loadUpdates` brings.
 */
export function loadChanges(): Promise<ChangesModule> {
  loadingChanges ??= import('../catalog/changes').catch((error: unknown) => {
    changesFailed = true;
    throw error;
  });
  return loadingChanges;
}

/**
 * The changes to cells; suspends while they load. The same load as `useCatalog('current')`, so a
 * part drawn with the current ranking never waits again. (The words of the verdicts that cite a
 * change are in `results:cited`, loaded with every ranking.)
 */
export function useChanges(): ChangesModule {
  return use(loadChanges());
}

/** Starts loading the updates (e.g. when the browser is idle, or a user opens "since the report"). */
export function loadUpdates(): Promise<UpdatesModule> {
  // Not marked as settled by hand: React tracks the promise itself (marking it fulfilled before
  // React's own listener ran left a deferred render waiting for good). A preloaded module costs
  // one suspended render that resolves at once.
  loading ??= import('../catalog/current').catch((error: unknown) => {
    failed = true;
    throw error;
  });
  return loading;
}

/**
 * The updates module; suspends while it loads, and throws into the error boundary if it cannot.
 * Always through `use()`: a render that suspended must call it again when it resumes.
 */
export function useUpdates(): UpdatesModule {
  return use(loadUpdates());
}

/** Which data the ranking uses, as chosen (the report unless the user picked current data). */
export function useDataSet(): DataSet {
  return useStore((s) => s.dataSet);
}

// The own catalog's store loads when something is saved under its key (then before the first
// ranking: saved own tools are on a results link's first screen), or when a page asks for it.
let own: typeof Own | undefined;
let parts: typeof Parts | undefined;
let loadingOwn: Promise<typeof Own> | undefined;
const ownListeners = new Set<() => void>();
const tellOwn = () => ownListeners.forEach((l) => l());
/**
 * Loads the own catalog's store, with the parts that name own tools; the rankings include its
 * catalogs from then on.
 */
export function loadOwn(): Promise<typeof Own> {
  return (loadingOwn ??= Promise.all([import('../state/own-store'), import('./own-parts')]).then(([m, p]) => {
    m.ownStore.subscribe(tellOwn);
    [own, parts] = [m, p];
    tellOwn();
    return m;
  }));
}
/** The parts that name own tools, once `loadOwn` brought them (always, where a catalog holds own tools). */
export const ownParts = () => parts;

/** Reads a link's own part and ranks on its tools beside the saved ones (or says it could not). */
export const applyOwnPart = (part: string): Promise<void> => loadOwn().then((m) => m.ownStore.getState().takeLinkPart(part));

/** The `own=` part of the links this tab writes now, once the own tools' store is loaded: null without own tools. */
export const ownLinkPart = (): string | null => own?.ownStore.getState().linkPart ?? null;
// Settles either way: a store that cannot be fetched leaves the rankings without own tools, never without a page.
let ownReady: Promise<unknown> | undefined;
if (hasSaved(ownStorageKey)) ownReady = loadOwn().catch(() => (loadingOwn = undefined));
/** Calls back when the own tools change (and with them the links' own part); returns the unsubscribe. */
export const subscribeOwn = (l: () => void) => (ownListeners.add(l), () => ownListeners.delete(l));

/**
 * The catalog for a data set: the report as published, or with its known changes, and with the
 * own catalogs the user includes (`own-store`).
 */
export function useCatalog(dataSet: DataSet = 'report'): Catalog {
  const { i18n } = useTranslation();
  const ownState = useSyncExternalStore(subscribeOwn, () => own?.ownStore.getState());
  // Which branches run depends on the data set and on what is saved, which a suspended render keeps when it resumes.
  const base = dataSet === 'report' ? reportCatalog : use(loadChanges()).currentCatalog;
  if (ownReady && !own) use(ownReady);
  const catalog = own && ownState ? own.mergedCatalog(base, ownState) : base;
  // With own tools come the words that name them and cite their sources.
  if (catalog !== base) use(parts!.loadTexts(i18n));
  return catalog;
}
