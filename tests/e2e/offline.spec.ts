import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { test as base, expect } from './helpers/test';
import { expectedRanking, shownRanking } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { tabTo } from './helpers/keyboard';
import { t } from './helpers/i18n';
import { distDir } from '../../scripts/browser-config.mjs';
import { initialAnswers } from '../../src/state/persisted';
import type { Lang } from '../../src/share/languages';

/**
 * The offline copy, with the service worker allowed (every other spec blocks it). The builds
 * are served by a small server of this spec's own, which can switch from one build to another at
 * the same address, as a deployment does, or stop answering at all. The first build is the one
 * the other specs use; a second one (another `VBW_BUILD_ID`), one that removes the worker
 * (`VBW_OFFLINE=remove`) and one without it (`VBW_OFFLINE=off`) are built here, once per worker.
 */
interface Site {
  origin: string;
  /** Serves this build from now on; `null`: every connection is dropped, as with no network. */
  serve(dir: string | null): void;
  /** Paths requested since the last `serve`. */
  hits: string[];
}

interface Builds {
  first: string;
  next: string;
  removed: string;
  off: string;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server with the fallback every deployment needs: an address without a file gets index.html. */
async function startSite(): Promise<{ site: Site; server: Server }> {
  let root: string | null = null;
  const site: Site = { origin: '', hits: [], serve: (dir) => ((root = dir && resolve(dir)), (site.hits = [])) };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    site.hits.push(path);
    if (!root) return void request.socket.destroy();
    let file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep) && file !== root) return void response.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path)) return void response.writeHead(404).end();
      file = join(root, 'index.html');
    }
    // As a host that revalidates: only the worker's own cache keeps files.
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  site.origin = `http://localhost:${address.port}`;
  return { site, server };
}

function build(outDir: string, env: Record<string, string>) {
  const result = spawnSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build --outDir ${outDir} failed (${result.status})`);
}

// Playwright reads a fixture's needs from its first parameter, so a fixture that needs nothing takes `{}`.
/* eslint-disable no-empty-pattern */
const test = base.extend<{ site: Site }, { builds: Builds; server: Site }>({
  builds: [
    async ({}, provide, workerInfo) => {
      const dir = (name: string) => `${distDir}-${name}-${workerInfo.workerIndex}`;
      const builds = { first: distDir, next: dir('next'), removed: dir('removed'), off: dir('off') };
      build(builds.next, { VBW_OFFLINE: 'on', VBW_BUILD_ID: 'next' });
      build(builds.removed, { VBW_OFFLINE: 'remove', VBW_BUILD_ID: 'removed' });
      build(builds.off, { VBW_OFFLINE: 'off', VBW_BUILD_ID: 'off' });
      await provide(builds);
      for (const d of [builds.next, builds.removed, builds.off]) rmSync(d, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  server: [
    async ({}, provide) => {
      const { site, server } = await startSite();
      await provide(site);
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
  site: async ({ server, builds }, provide) => {
    server.serve(builds.first);
    await provide(server);
  },
  // Every page of these tests, and the guard's check that nothing leaves the origin, use this spec's server.
  baseURL: async ({ server }, provide) => provide(server.origin),
});
/* eslint-enable no-empty-pattern */

test.use({ serviceWorkers: 'allow' });
// One worker runs these in order: they build, and each leaves a worker registered in its own context only.
test.describe.configure({ mode: 'default' });

const link = '/results#participants=50&hosting=cloud&budget=free-preferred&e2e=must&lang=nl';
const linkAnswers = { ...initialAnswers, participants: 50, hosting: 'cloud', budget: 'free-preferred', importance: { e2e: 'must' } } as const;

/** Every page the app has, with the heading it shows. */
const pages = [
  { path: '/questions/participants', title: 'wizard:steps.participants.title' },
  { path: '/check', title: 'wizard:check.title' },
  { path: '/compare?tools=jitsi,webex,zoom', title: 'compare:view.title' },
  { path: '/table', title: 'compare:table.title' },
  { path: '/updates', title: 'updates:page.title' },
  { path: '/about', title: 'about:title' },
  { path: '/own-tools', title: 'own:page.title' },
  { path: '/', title: 'start:title' },
];

/** Runs `fn` in the page; undefined while the page is between two documents (the worker reloads pages). */
const inPage = <T>(page: Page, fn: () => T | Promise<T>) => page.evaluate(fn).catch(() => undefined);
const registrations = (page: Page) => inPage(page, async () => (await navigator.serviceWorker.getRegistrations()).length);
const cacheCount = (page: Page) => inPage(page, async () => (await caches.keys()).length);

/**
 * Waits until the build's worker is active, its precache filled (activation follows a complete
 * install). The app registers it only once the page has settled, some seconds after load.
 */
async function workerActive(page: Page) {
  await expect.poll(() => inPage(page, async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 30_000 }).toBe('activated');
}

/** The build a page runs, from `<meta name="build">` (null for a build without VBW_BUILD_ID; undefined while it reloads). */
const buildOf = (page: Page) => inPage(page, () => document.querySelector('meta[name="build"]')?.getAttribute('content') ?? null);

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('after one visit, every page, both languages and a shared link work with no network at all', async ({ page, context, site }) => {
  test.slow(); // about twenty page loads
  await page.goto('/');
  await expect(h1(page)).toHaveText(t('nl', 'start:title'));
  await workerActive(page);

  await context.setOffline(true);
  site.serve(null);
  const fromNetwork: string[] = [];
  const failed: string[] = [];
  page.on('response', (r: Response) => void (r.fromServiceWorker() || fromNetwork.push(r.url())));
  // A part still loading when the test moves on is aborted by the navigation; that is no failure of the copy.
  page.on('requestfailed', (r) => void (r.failure()?.errorText === 'net::ERR_ABORTED' || failed.push(`${r.url()} ${r.failure()?.errorText}`)));

  await page.goto(link);
  await expect(h1(page)).toHaveText(t('nl', 'results:page.title'));
  expect(await shownRanking(page)).toEqual(expectedRanking(linkAnswers));
  // An opened card loads the report's text and the tools' texts on demand.
  const card = page.locator('[data-tool-id][data-eligible="true"]').first();
  await card.getByRole('button', { expanded: false }).first().click();
  await expect(card.getByRole('button', { expanded: true }).first()).toBeVisible();

  for (const lang of ['nl', 'en'] as Lang[]) {
    if (lang === 'en') {
      await page.getByRole('button', { name: /English/ }).click();
      await expect(h1(page)).toHaveText(t('en', 'start:title'));
    }
    for (const { path, title } of pages) {
      await page.goto(path);
      await expect(h1(page), `${path} in ${lang}`).toHaveText(t(lang, title));
    }
  }
  // Own tools: the example set and the file checks come from the offline copy too.
  await page.goto('/own-tools');
  await page.locator('[data-own-example]').click();
  await expect(page.locator('[data-own-tool-id]')).toHaveCount(5);
  await page.locator('input[type=file][data-catalog-import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"videobelwijzer-tools","version":1}') });
  await expect(page.getByRole('alert')).toContainText(t('en', 'own:import.refused'));
  await page.goto(link.replace('lang=nl', 'lang=en'));
  await expect(h1(page)).toHaveText(t('en', 'results:page.title'));
  await expect(page.locator('[data-own-included]')).toBeVisible();
  // The parts that load when the browser is idle come from the worker too (one of them fails silently otherwise).
  await expect(page.getByRole('button', { name: t('en', 'storage:forget.button') })).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(failed, 'requests that failed offline').toEqual([]);
  expect(fromNetwork, 'responses not from the offline copy').toEqual([]);
  expect(site.hits.filter((path) => path !== '/sw.js'), 'requests that reached the server').toEqual([]);
});

test('a new build served in place of the old one is announced, and Reload switches to it, once, in every tab', async ({ page, context, site, builds }) => {
  await page.goto('/table');
  await workerActive(page);
  const old = await buildOf(page);
  expect(old).not.toBe('next');

  site.serve(builds.next);
  // A navigation makes the browser look for a new worker; it installs and waits.
  await page.reload();
  const notice = (p: Page) => p.getByRole('status').getByRole('region', { name: t('nl', 'offline:update.title') });
  // The notice's code loads once the page has settled, some seconds after load.
  await expect(notice(page)).toBeVisible({ timeout: 30_000 });
  await expect(notice(page)).toContainText(t('nl', 'offline:update.body'));
  expect(await buildOf(page), 'the page still runs the old build').toBe(old);
  expect(await axeViolations(page), 'the page with the update notice').toEqual([]);

  // A tab opened now still gets the old build, every file of it from the old worker.
  const other = await context.newPage();
  const fromNetwork: string[] = [];
  other.on('response', (r) => void (r.fromServiceWorker() || r.url().endsWith('/sw.js') || fromNetwork.push(r.url())));
  await other.goto('/about');
  await expect(h1(other)).toHaveText(t('nl', 'about:title'));
  expect(await buildOf(other)).toBe(old);
  await expect(notice(other)).toBeVisible({ timeout: 30_000 });
  expect(fromNetwork, 'files of the new build in a page of the old one').toEqual([]);

  let loads = 0;
  page.on('load', () => loads++);
  const reload = notice(page).getByRole('button', { name: t('nl', 'offline:update.reload') });
  await tabTo(page, reload); // by keyboard alone
  await page.keyboard.press('Enter');
  await expect.poll(() => buildOf(page)).toBe('next');
  await expect(h1(page)).toHaveText(t('nl', 'compare:table.title'));
  await expect(page.getByRole('status').getByRole('region')).toHaveCount(0);
  // The other tab may not go on with the old build's files under the new worker: it reloads too.
  await expect.poll(() => buildOf(other)).toBe('next');
  await expect(h1(other)).toHaveText(t('nl', 'about:title'));
  await page.waitForLoadState('networkidle');
  expect(loads, 'the page reloaded once').toBe(1);
});

test('"not now" leaves the old build running, and the next visit offers the new one again', async ({ page, site, builds }) => {
  await page.goto('/');
  await workerActive(page);
  site.serve(builds.next);
  await page.reload();
  const notice = page.getByRole('status').getByRole('region', { name: t('nl', 'offline:update.title') });
  await notice.getByRole('button', { name: t('nl', 'offline:update.later') }).click({ timeout: 30_000 });
  await expect(notice).toBeHidden();
  await page.goto('/about');
  await expect(h1(page)).toHaveText(t('nl', 'about:title'));
  expect(await buildOf(page)).not.toBe('next');
  await expect(notice).toBeVisible({ timeout: 30_000 });
});

test('a build with VBW_OFFLINE=remove takes the installed worker and its caches away', async ({ page, site, builds }) => {
  await page.goto('/');
  await workerActive(page);
  expect(await cacheCount(page)).toBeGreaterThan(0);

  site.serve(builds.removed);
  // The browser fetches the new worker on this navigation; it unregisters itself and reloads the page.
  await page.reload();
  await expect.poll(() => registrations(page)).toBe(0);
  await expect.poll(() => cacheCount(page)).toBe(0);
  await expect.poll(() => buildOf(page)).toBe('removed');
  await expect(h1(page)).toHaveText(t('nl', 'start:title'));
  // This build registers nothing, also once the page is idle.
  await expect(page.getByRole('button', { name: t('nl', 'storage:forget.button') })).toBeVisible();
  expect(await registrations(page)).toBe(0);
});

/** The width and height a PNG file says it has (its IHDR chunk). */
const pngSize = (png: Buffer) => `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;

test('the default build installs like an app: a manifest with local icons, as Chromium sees it', async ({ page, context, site }) => {
  await page.goto('/');
  await expect(h1(page)).toHaveText(t('nl', 'start:title'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, site.origin);
  expect(manifestUrl.origin).toBe(site.origin);
  const manifest = await (await page.request.get(manifestUrl.href)).json() as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
  expect(manifest.name).toContain('Videobelwijzer');
  // Each icon is a file of this site, of the type and size the manifest says: no request to another host.
  for (const icon of manifest.icons) {
    const url = new URL(icon.src, manifestUrl);
    expect(url.origin, icon.src).toBe(site.origin);
    const response = await page.request.get(url.href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toBe(icon.type);
    if (icon.type === 'image/png') expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  // What Chromium itself finds in the way of installing the app: nothing, but that a test's
  // browser context is a private one, where nothing installs.
  await workerActive(page);
  const cdp = await context.newCDPSession(page);
  const errors = async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId);
  await expect.poll(errors).toEqual(['in-incognito']);
});

test('a build with VBW_OFFLINE=off has no worker, no manifest and no code to register one', async ({ page, site, builds }) => {
  site.serve(builds.off);
  const scripts: string[] = [];
  page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)));
  await page.goto('/');
  await expect(h1(page)).toHaveText(t('nl', 'start:title'));
  await expect(page.getByRole('button', { name: t('nl', 'storage:forget.button') })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await registrations(page)).toBe(0);
  expect(await page.locator('link[rel="manifest"]').count()).toBe(0);
  expect(existsSync(join(builds.off, 'sw.js'))).toBe(false);
  expect(scripts.filter((s) => /update-notice|workbox/.test(s))).toEqual([]);
  // The default build has both, so the checks above can tell the two apart.
  const parts = (dir: string) => readdirSync(join(dir, 'assets')).filter((f) => /^(update-notice|workbox-window)/.test(f)).length;
  expect(parts(builds.off)).toBe(0);
  expect(parts(builds.first)).toBe(2);
  expect(existsSync(join(builds.first, 'sw.js'))).toBe(true);
});
