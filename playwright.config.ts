import { defineConfig } from '@playwright/test';
import { chromeFlags, chromePath, distDir, port } from './scripts/browser-config.mjs';

/**
 * End-to-end tests against the production build, served by `vite preview` on localhost.
 * The config builds and starts the server itself; `SKIP_BUILD=1` reuses an existing build
 * (CI builds once, before this step). `VBW_DIST` moves the build out of `dist/`.
 * The screenshot spec only runs with `SCREENSHOTS=1` (`npm run screenshots`).
 */
const vite = 'node_modules/.bin/vite';
const build = `${vite} build --outDir ${distDir} --emptyOutDir`;
const preview = `${vite} preview --port ${port} --strictPort --outDir ${distDir}`;
const screenshots = process.env.SCREENSHOTS === '1';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: screenshots ? 'screenshots.spec.ts' : '*.spec.ts',
  testIgnore: screenshots ? [] : ['screenshots.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The list while running; then one line with the outcome as the very last line.
  reporter: [['list'], ['./tests/e2e/helpers/summary-reporter.ts']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromePath, args: chromeFlags },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    // Tracing costs ~15% per test on 2 cores; for a failure, rerun it with `--trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: process.env.SKIP_BUILD === '1' ? preview : `${build} && ${preview}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
