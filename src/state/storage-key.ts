/** The localStorage key the app keeps everything under. */
export const storageKey = 'videobelwijzer';

/** The key of the own catalog (`own-store.ts`): its own entry and version, apart from the answers. */
export const ownStorageKey = 'videobelwijzer-own';
