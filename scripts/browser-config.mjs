/**
 * Shared by playwright.config.ts, size.mjs and lighthouse.mjs: which browser, which flags,
 * which port and which build (`VBW_PORT`, `VBW_DIST` move them, so two builds can be served side by side).
 * The browser is the system's Chromium; nothing is downloaded.
 */
export const port = Number(process.env.VBW_PORT) || 4173;
export const origin = `http://localhost:${port}`;
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const distDir = process.env.VBW_DIST || 'dist';
export const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
