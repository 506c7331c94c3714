/**
 * Each client has an entry of its own, so two tabs with two clients never write the same entry.
 */

/** Every client's entry starts with this, followed by the client's id. */
export const clientPrefix = 'videobelwijzer-client-';
export const clientKey = (id: string) => clientPrefix + id;
/** The client open in this tab (sessionStorage: it survives the tab's reloads, and belongs to the tab). */
export const openKey = 'videobelwijzer-open';
