import { changedElsewhere } from './storage';
import { readSaved, storageKey } from './store';

/**
 * Keeps tabs in step: when another tab of the app writes the saved answers, this tab reads them
 * in again (through the same checks as at start-up). A tab thus never writes back answers that
 * another tab has replaced since, because it holds the newer ones before its next write. What
 * another tab saved before this one started listening (it listens once its page is up) is read
 * in at once. Returns a function that stops listening.
 */
export function syncTabs(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey && event.key !== null) return; // null: the other tab cleared all storage
    void readSaved();
  };
  target.addEventListener('storage', onStorage);
  if (changedElsewhere()) void readSaved();
  return () => target.removeEventListener('storage', onStorage);
}
