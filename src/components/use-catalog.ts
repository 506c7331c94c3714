import { use } from 'react';
import { reportCatalog } from '../catalog/report';
import type * as Current from '../catalog/current';
import type { Catalog, DataSet } from '../catalog/types';
import { useStore } from '../state/store';

type UpdatesModule = typeof Current;

// The updates and the catalog with them applied are fetched only when first needed: the report's
// own data ranks without them. A failed download is tried afresh on the next render that asks.
let loaded: UpdatesModule | null = null;
let loading: Promise<UpdatesModule> | null = null;

/** Starts loading the updates (e.g. when the browser is idle, or a user opens "since the report"). */
export function loadUpdates(): Promise<UpdatesModule> {
  loading ??= import('../catalog/current').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The updates module; suspends while it loads, and throws into the error boundary if it cannot. */
export function useUpdates(): UpdatesModule {
  return loaded ?? use(loadUpdates());
}

/** Which data the ranking uses, as chosen (the report unless the user picked current data). */
export function useDataSet(): DataSet {
  return useStore((s) => s.dataSet);
}

/** The catalog for a data set: the report as published, or with its known changes. */
export function useCatalog(dataSet: DataSet = 'report'): Catalog {
  if (dataSet === 'report') return reportCatalog;
  return (loaded ?? use(loadUpdates())).currentCatalog;
}
