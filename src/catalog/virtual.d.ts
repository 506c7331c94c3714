/** The updates that change cells, derived from `updates.json` at build time (`catalogChanges` in vite.config.ts). */
declare module 'virtual:catalog-changes' {
  import type { CellChange } from './types';
  const changes: readonly CellChange[];
  export default changes;
}
