/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { joinReport, parseCatalog } from './src/catalog/schema';

/**
 * The Content-Security-Policy is added to the built index.html only. The dev
 * server injects inline scripts (React refresh), which this policy would block,
 * so `npm start` keeps working while `npm run build` ships the strict policy.
 * `style-src 'self'` still allows React's `style` props: they are set through
 * the CSSOM, which CSP does not govern.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'videobelwijzer:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The catalog is checked against its schema when the app is built, not in the browser: a bad
 * file fails the build and names every wrong path, and valibot never ships to a visitor.
 */
export function checkCatalog(files = {
  report: new URL('./src/catalog/report-2020.json', import.meta.url),
  text: new URL('./src/catalog/report-2020-text.json', import.meta.url),
}): Plugin {
  const read = (file: URL) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  return {
    name: 'videobelwijzer:check-catalog',
    apply: 'build',
    buildStart() {
      try {
        parseCatalog(joinReport(read(files.report), read(files.text)));
      } catch (error) {
        this.error(`${files.report.pathname} with ${files.text.pathname}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMeta(), checkCatalog()],
  build: {
    // Every browser the app supports has <link rel=modulepreload>; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // No asset may become a data: URL: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // One chunk for the libraries every page needs. Left alone, the bundler cuts them into
        // several small shared chunks, and each small file compresses worse: about 2 KB more.
        advancedChunks: {
          groups: [
            // zustand is not in it: the start page runs without the store, which loads with the pages that need it.
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
            // The app shell that every page uses: one file instead of many tiny ones.
            { name: 'shell', test: /src[\\/](app[\\/](app|layout|start-page|not-found-page|fatal-error|pages|retryable-lazy)|i18n[\\/](index|namespaces|lang)|components[\\/](page-heading|icons|error-boundary|deferred-notices|texts-gate|language-switch|forget-button|callout)|state[\\/](saved-lang|storage-key)|share[\\/](languages|routes|link-part))\./ },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    coverage: {
      provider: 'v8',
      include: ['src/catalog/**', 'src/scoring/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
});
