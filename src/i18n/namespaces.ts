/**
 * Locale namespaces, one JSON file each under locales/<lang>/. `common` is loaded with
 * the first screen; the others load with the pages that need them, so the first load stays small.
 * `tools` holds each tool's facts and notes, loaded once a card is opened.
 * `notices` loads only when there is something to tell (a repaired store, a shared link).
 */
export const namespaces = ['common', 'wizard', 'results', 'compare', 'catalog', 'tools', 'memo', 'about', 'notices'] as const;
export type Namespace = (typeof namespaces)[number];
