import { useMemo } from 'react';
import { savedClients, type SavedClient } from '../state/client-actions';
import { useClientWrites } from './client-writes';
import { useStore } from '../state/store';

/**
 * The clients saved in this browser, the one changed last first; read again when another tab
 * writes one, when this tab opens another client, and when `also` changes (a page's own action on
 * a client). Not on every change to the open client (typing its notes): who needs it live takes it
 * from the store.
 */
export function useSavedClients(also?: unknown): SavedClient[] {
  const tick = useClientWrites();
  const id = useStore((s) => s.id);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- read again whenever one of these changes
  return useMemo(() => savedClients(), [tick, id, also]);
}
