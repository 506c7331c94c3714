/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), cspMeta()],
  build: {
    // No asset may become a data: URL: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // One chunk for the libraries every page needs. Left alone, the bundler cuts them into
        // several small shared chunks, and each small file compresses worse: about 2 KB more.
        advancedChunks: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|i18next|react-i18next|html-parse-stringify|void-elements|zustand|use-sync-external-store)[\\/]/ },
            // The app shell that every page uses: one file instead of many tiny ones.
            { name: 'shell', test: /src[\\/](app[\\/](app|layout|start-page|not-found-page|fatal-error|pages|paths|link-part|retryable-lazy)|i18n|components[\\/](page-heading|icons|error-boundary|notices|language-switch|forget-button)|wizard[\\/](store|persisted)|share[\\/]limits)\./ },
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
