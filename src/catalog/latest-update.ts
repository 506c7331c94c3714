/**
 * The date of the newest update in `updates.json`, as a tiny constant, so the start and check
 * pages can name it ("known changes up to …") without loading the updates. A test checks it.
 * @example latestUpdate // '2025-10-31'
 */
export const latestUpdate = '2025-10-31';
