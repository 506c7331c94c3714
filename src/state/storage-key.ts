/**
 * Where the app keeps things in this browser. Each client has an entry of its own, so two tabs
 * with two clients never write the same entry; the language is the browser's, not a client's.
 */

/** Before version 6, the one saved state of the whole browser; moved into a client's entry on first read. */
export const storageKey = 'videobelwijzer';
/** Every client's entry starts with this, followed by the client's id. */
export const clientPrefix = 'videobelwijzer-client-';
export const clientKey = (id: string) => clientPrefix + id;
/** The language chosen last, for every client (localStorage). */
export const langKey = 'videobelwijzer-lang';
/** The client open in this tab (sessionStorage: it survives the tab's reloads, and belongs to the tab). */
export const openKey = 'videobelwijzer-open';
/** Present mode, on or off for this tab (sessionStorage). */
export const presentKey = 'videobelwijzer-present';
