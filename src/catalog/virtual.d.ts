/** The updates that change cells, derived from `updates.json` at build time (`catalogChanges` in vite.config.ts). */
declare module 'virtual:catalog-changes' {
  import type { CellUpdate, ConditionUpdate } from './types';
  const changes: readonly (CellUpdate | ConditionUpdate)[];
  export default changes;
}
