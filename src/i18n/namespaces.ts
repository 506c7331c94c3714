/**
 * Locale namespaces, one JSON file each under locales/<lang>/. `common` is loaded with
 * the first screen; the others load with the pages that need them, so the first load stays small.
 */
export const namespaces = ['common', 'wizard', 'results', 'compare', 'catalog'] as const;
export type Namespace = (typeof namespaces)[number];
