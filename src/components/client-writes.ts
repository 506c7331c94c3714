import { useEffect, useState } from 'react';
import { clientPrefix } from '../state/client-keys';

/**
 * A count that goes up whenever another tab writes or deletes a client's entry (or clears the
 * storage): what reads the saved clients reads them again on it.
 */
export function useClientWrites(): number {
  const [writes, setWrites] = useState(0);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => (e.key === null || e.key.startsWith(clientPrefix)) && setWrites((n) => n + 1);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return writes;
}
