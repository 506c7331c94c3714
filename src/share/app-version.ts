/** The app's version (package.json), set at build time: a client's file and the memo's small print carry it. */
declare const __APP_VERSION__: string;
export const appVersion: string = __APP_VERSION__;
