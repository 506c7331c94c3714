/** The localStorage key the app keeps everything under. */
export const storageKey = 'videobelwijzer';
