import { isLang } from '../share/languages';
import { changedElsewhere } from './storage';
import { langKey } from './storage-key';
import { readSaved, useStore } from './store';

const openKey = () => useStore.persist.getOptions().name ?? '';

/**
 * Keeps tabs in step: when another tab writes the client open here, this tab reads it in again
 * (through the same checks as at start-up), within the same moment. A tab thus never writes back
 * answers that another tab has replaced since, because it holds the newer ones before its next
 * write; two tabs with two clients never touch each other's entry. A client deleted in another
 * tab is not written back: this tab goes on with a new one, and says so. The language follows
 * the other tab's choice. What another tab saved before this one started listening (it listens
 * once its page is up) is read in at once. Returns a function that stops listening.
 */
export function syncTabs(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === langKey) {
      if (isLang(event.newValue) && event.newValue !== useStore.getState().lang) useStore.setState({ lang: event.newValue });
      return;
    }
    if (event.key !== openKey() && event.key !== null) return; // null: the other tab cleared all storage
    if (event.key !== null && event.newValue === null) {
      const { client, startClient, addNotice } = useStore.getState();
      startClient();
      addNotice({ kind: 'clientGone', name: client.name });
      return;
    }
    void readSaved();
  };
  target.addEventListener('storage', onStorage);
  if (changedElsewhere(openKey())) void readSaved();
  return () => target.removeEventListener('storage', onStorage);
}
