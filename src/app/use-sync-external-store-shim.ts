// Stands in for the `use-sync-external-store/shim` package (see vite.config.ts). That shim
// exists for React before 18; React 19 has the hook itself, so the shim's fallback is dead weight.
export { useSyncExternalStore } from 'react';
