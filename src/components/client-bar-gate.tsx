import { lazy, Suspense, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { clientKey, clientPrefix } from '../state/client-keys';
import { useStore } from '../state/store';
import { useClientWrites } from './client-writes';
import { usePresenting } from './present';


/** Whether another client than the open one is saved: counted from the keys alone, again on each page and on another tab's write. */
function useOthersSaved(openId: string): boolean {
  const tick = useClientWrites();
  const { pathname } = useLocation();
  return useMemo(() => {
    try {
      return Object.keys(localStorage).some((key) => key.startsWith(clientPrefix) && key !== clientKey(openId));
    } catch {
      return false;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- counted again on each page, and on another tab's write
  }, [openId, tick, pathname]);
}

/**
 * The header's client bar, fetched only once there is something to show: the client has a name,
 * other clients are saved, or the tab presents. A business owner alone never loads it, and a
 * shared link's first seconds stay free for the page's own parts.
 */
export function ClientBarGate() {
  const { i18n } = useTranslation();
  // The bar and its texts (`clients`) arrive together, so it never shows half-worded. Made once.
  const [ClientBar] = useState(() => lazy(() => Promise.all([import('./client-bar'), i18n.loadNamespaces('clients')]).then(([m]) => ({ default: m.ClientBar }))));
  const id = useStore((s) => s.id);
  const named = useStore((s) => s.client.name !== '');
  const presenting = usePresenting();
  const others = useOthersSaved(id);
  if (!named && !others && !presenting) return null;
  return (
    <Suspense fallback={null}>
      <ClientBar />
    </Suspense>
  );
}
