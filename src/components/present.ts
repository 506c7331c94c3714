import { useSyncExternalStore } from 'react';

/**
 * Present mode: for showing the app on a projector in a client's meeting room. It belongs to the
 * tab (sessionStorage) and survives its reloads. While it is on, `<html data-present>` sets larger
 * type (the end of styles.css) and the pages hide the client's notes and every other client's
 * name.
 *
 * After a reload, it is back on as soon as this module is read: with the first part that shows a
 * client's notes or other clients (the results' memo panel, the Clients page, the header's switch
 * once the page is idle), so no name or note ever shows first. Only the larger type may come a
 * moment after the first screen; reading storage in the first load for it would cost every
 * visitor bytes that only a consultant's reload needs.
 */
/** Present mode, on or off for this tab (sessionStorage). */
export const presentKey = 'videobelwijzer-present';

/** Whether this tab presents, from its session storage: true from a reload's first screen on. */
function presentingTab(): boolean {
  try {
    return sessionStorage.getItem(presentKey) !== null;
  } catch {
    return false; // no storage: not presenting
  }
}

const listeners = new Set<() => void>();
const root = () => document.documentElement;
if (presentingTab()) root().setAttribute('data-present', '');

export const isPresenting = (): boolean => root().hasAttribute('data-present');

/** Turns present mode on or off for this tab. */
export function setPresenting(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(presentKey, '1');
    else sessionStorage.removeItem(presentKey);
  } catch {
    // a tab without storage keeps the mode until it is reloaded
  }
  root().toggleAttribute('data-present', on);
  listeners.forEach((l) => l());
}

/** Whether present mode is on; the component draws again when it is switched. */
export function usePresenting(): boolean {
  return useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), isPresenting);
}
