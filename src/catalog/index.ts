/**
 * The catalog: the Grant Thornton report (2020) as checked, typed data, plus small pure helpers.
 * Wording lives in the locales (`catalog` namespace); this module holds codes, figures and dates.
 *
 * This is the public API. The app's own code imports the parts (`./report`, `./types`, and
 * `./current` on demand) rather than this index, so the updates load only when needed.
 */
export * from './types';
export * from './report';
export { applyUpdates, updateById, updates, updatesFor } from './current';
export { cellChanges, changeById, currentCatalog } from './changes';
export { latestUpdate } from './latest-update';
export * from './own';
