/**
 * The key of the own catalog (`own-store.ts`): its own entry and version, apart from the answers.
 * Not beside the answers' key, which the start page loads: only pages that rank read this one.
 */
export const ownStorageKey = 'videobelwijzer-own';
