/**
 * Where the app keeps things in this browser that the first screen reads. The clients' own keys
 * are in client-keys.ts, with the store.
 */

/** Before version 6, the one saved state of the whole browser; moved into a client's entry on first read. */
export const storageKey = 'videobelwijzer';
/** The language chosen last, for every client (localStorage). */
export const langKey = 'videobelwijzer-lang';
