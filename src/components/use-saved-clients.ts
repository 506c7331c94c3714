import { useMemo } from 'react';
import { savedClients, type SavedClient } from '../state/client-actions';
import { useClientWrites } from './client-writes';
import { useStore } from '../state/store';

/**
 * The clients saved in this browser, the one changed last first; read again when another tab
 * writes one, when the open client or its name or answers change here, and when `also` changes
 * (a page's own action on another client).
 */
export function useSavedClients(also?: unknown): SavedClient[] {
  const tick = useClientWrites();
  const id = useStore((s) => s.id);
  const name = useStore((s) => s.client.name);
  const answers = useStore((s) => s.answers);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- read again whenever one of these changes
  return useMemo(() => savedClients(), [tick, id, name, answers, also]);
}
