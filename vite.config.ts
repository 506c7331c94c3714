/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { applyUpdates } from './src/catalog/apply-updates';
import { joinReport, parseCatalog, parseUpdates } from './src/catalog/schema';

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
  // The offline copy: the service worker's script and the web app manifest, from the origin only.
  "worker-src 'self'",
  "manifest-src 'self'",
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
 * file fails the build and names every wrong path, and this schema never ships to a visitor. The
 * updates since the report are checked too, on their own and once applied: the current catalog
 * must pass the same schema as the report (so an update cannot cite a footnote that is not there).
 */
export function checkCatalog(files = {
  report: new URL('./src/catalog/report-2020.json', import.meta.url),
  text: new URL('./src/catalog/report-2020-text.json', import.meta.url),
  updates: new URL('./src/catalog/updates.json', import.meta.url),
}): Plugin {
  const read = (file: URL) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  return {
    name: 'videobelwijzer:check-catalog',
    apply: 'build',
    buildStart() {
      let report;
      try {
        report = parseCatalog(joinReport(read(files.report), read(files.text)));
      } catch (error) {
        this.error(`${files.report.pathname} with ${files.text.pathname}: ${error instanceof Error ? error.message : String(error)}`);
      }
      try {
        const current = applyUpdates(report, parseUpdates(read(files.updates)));
        // `updateId` marks a changed cell in the app; the report's schema does not know it.
        parseCatalog({
          ...current,
          tools: current.tools.map((tool) => ({
            ...tool,
            cells: Object.fromEntries(Object.entries(tool.cells).map(([row, { updateId: _, ...cell }]) => [row, cell])),
          })),
        });
      } catch (error) {
        this.error(`${files.updates.pathname}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

/**
 * The report's file as the app loads it: without its `rows`, which repeat `rowGroups` in
 * `catalog/types.ts` (the schema checks that they do, in the build and the tests). Nothing at run
 * time reads them, and they cost a shared link's first load about 110 bytes.
 */
export function reportForBrowser(): Plugin {
  return {
    name: 'videobelwijzer:report-for-browser',
    // The build only: the tests check the file itself, rows and all, against the schema.
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/catalog/report-2020.json')) return null;
      const report = JSON.parse(code) as Record<string, unknown>;
      delete report.rows;
      return { code: JSON.stringify(report), map: null };
    },
  };
}

/**
 * `virtual:catalog-changes`: the updates of `updates.json` that change cells (kinds `cell` and
 * `condition`), without the notices. The ranking on current data needs only these, and ships
 * them; the notices, most of the file, load with the parts that list them. One file stays the
 * single place where a change is written down.
 */
export function catalogChanges(file = fileURLToPath(new URL('./src/catalog/updates.json', import.meta.url))): Plugin {
  const id = '\0catalog-changes';
  return {
    name: 'videobelwijzer:catalog-changes',
    resolveId: (source) => (source === 'virtual:catalog-changes' ? id : null),
    load(requested) {
      if (requested !== id) return null;
      this.addWatchFile(file);
      const { updates } = JSON.parse(readFileSync(file, 'utf8')) as { updates: { kind: string; confidence?: string; source: { publisher: string } }[] };
      // Only what ranking and a change's marker need (CellChange): the titles and addresses stay with the full list.
      const changes = updates.filter((u) => u.kind !== 'notice').map(({ confidence: _, source, ...change }) => ({ ...change, source: { publisher: source.publisher } }));
      return `export default ${JSON.stringify(changes)};`;
    },
  };
}

/**
 * What each chunk has loaded by the time its code runs: the chunks it imports statically, and
 * theirs. A split-off part's list of what to fetch alongside it (see `resolveDependencies` below)
 * leaves those out: listed, they cost the first screen bytes of hashed names that compress badly,
 * and fetch nothing. (Vite always keeps the styles in those lists.) Filled in as the bundle is
 * written, before Vite writes the lists.
 */
const loadedBefore = new Map<string, Set<string>>();
export function staticImports(): Plugin {
  return {
    name: 'videobelwijzer:static-imports',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        loadedBefore.clear();
        const closure = (file: string, seen = new Set<string>()): Set<string> => {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk') return seen;
          for (const dep of chunk.imports) {
            if (seen.has(dep)) continue;
            seen.add(dep);
            closure(dep, seen);
          }
          return seen;
        };
        for (const file of Object.keys(bundle)) loadedBefore.set(file, closure(file));
      },
    },
  };
}

/**
 * The locale files travel as plain JSON, fetched by `src/i18n`, not as JS chunks: a chunk per
 * file needs a map of hashed names in the first screen's code (about 0.4 kB). Built, they sit in
 * one folder named by a hash of all of them (`/assets/locales-<hash>/nl/common.json`), so a
 * changed text is never served stale; the dev server serves them from `locales/` at `/locales-dev/`.
 * The address of that folder reaches the app as `__LOCALES__`.
 */
export function localeFiles(dir = fileURLToPath(new URL('./locales', import.meta.url))): Plugin {
  const files = () =>
    readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((lang) =>
      readdirSync(join(dir, lang.name)).filter((f) => f.endsWith('.json')).map((file) => ({
        path: `${lang.name}/${file}`,
        // Parsed and written again: compact, and a broken file fails the build here.
        text: JSON.stringify(JSON.parse(readFileSync(join(dir, lang.name, file), 'utf8'))),
      })),
    );
  let base = '/locales-dev/';
  return {
    name: 'videobelwijzer:locales',
    config(_, { command }) {
      if (command === 'build') {
        const hash = createHash('sha256');
        for (const f of files()) hash.update(f.path).update(f.text);
        base = `/assets/locales-${hash.digest('hex').slice(0, 10)}/`;
      }
      return { define: { __LOCALES__: JSON.stringify(base) } };
    },
    configureServer(server) {
      server.middlewares.use('/locales-dev/', (req, res, next) => {
        const match = /^\/(nl|en)\/([a-z-]+)\.json$/.exec(req.url?.split('?')[0] ?? '');
        const file = match ? files().find((f) => f.path === `${match[1]}/${match[2]}.json`) : undefined;
        if (!file) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(file.text);
      });
    },
    generateBundle() {
      for (const f of files()) this.emitFile({ type: 'asset', fileName: `${base.slice(1)}${f.path}`, source: f.text });
    },
  };
}

/**
 * The offline copy, set per deployment at build time with `VBW_OFFLINE`:
 * - `on` (the default): a service worker precaches the whole build, and the app offers a new version once it is ready;
 * - `off`: no worker, no manifest, and no registration code in the app;
 * - `remove`: a worker that unregisters itself and deletes its caches, for a site that had the offline copy and drops it.
 * Anything else fails the build, so a typo never ships a different mode.
 */
export type OfflineMode = 'on' | 'off' | 'remove';
export function offlineMode(value = process.env.VBW_OFFLINE): OfflineMode {
  const mode = value?.trim() || 'on';
  if (mode === 'on' || mode === 'off' || mode === 'remove') return mode;
  throw new Error(`VBW_OFFLINE=${value}: use on, off or remove`);
}

/**
 * vite-plugin-pwa (Workbox's generateSW) for the offline copy. Every file of the build is
 * precached, the lazily loaded pages and both languages' texts included, and every address the
 * app knows falls back to the precached index.html. `registerType: 'prompt'`: a new version's
 * worker waits until the user chooses to reload (src/app/offline.ts), so a page never runs old and
 * new files side by side. The app registers the worker itself, when idle (`injectRegister: false`).
 */
export function offline(mode: OfflineMode = offlineMode()): Plugin[] {
  return VitePWA({
    disable: mode === 'off',
    selfDestroying: mode === 'remove',
    injectRegister: false,
    registerType: 'prompt',
    devOptions: { enabled: false },
    // The icons are files of the build like any other: the glob below precaches them once.
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: 'Videobelwijzer',
      short_name: 'Videobelwijzer',
      description: 'Kies veilig een videobeltool voor je bedrijf, op basis van het rapport van Grant Thornton (2020).',
      lang: 'nl',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#154273',
      background_color: '#ffffff',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // The manifest itself is added by the plugin, with a revision of its own.
      globPatterns: ['**/*.{js,css,html,json,svg,png,txt}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * `VBW_BUILD_ID` stamps the built index.html with `<meta name="build">`, so a deployment (and the
 * offline test, which serves two builds one after the other) can tell which build a page runs.
 */
function buildStamp(id = process.env.VBW_BUILD_ID): Plugin {
  return {
    name: 'videobelwijzer:build-stamp',
    apply: 'build',
    transformIndexHtml: () => (id ? [{ tag: 'meta', attrs: { name: 'build', content: id }, injectTo: 'head' }] : []),
  };
}

/**
 * React Router's package exports point at its development build in every mode; its production
 * build is the same code with the development warnings switched off, so the bundler can drop them.
 */
const reactRouterProduction = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));
/** react-i18next imports a hook shim written for React before 18; React 19 has the hook itself. */
const syncExternalStoreShim = fileURLToPath(new URL('./src/app/use-sync-external-store-shim.ts', import.meta.url));

const appVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineConfig(({ command }) => ({
  plugins: [react(), cspMeta(), checkCatalog(), reportForBrowser(), catalogChanges(), staticImports(), localeFiles(), buildStamp(), offline()],
  // Whether the app registers the service worker at all (see `offlineMode`).
  // The app's version, for a client's file and the memo's small print (src/share/app-version.ts).
  define: { __OFFLINE__: JSON.stringify(offlineMode() === 'on'), __APP_VERSION__: JSON.stringify(appVersion) },
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^react-router$/, replacement: reactRouterProduction },
            { find: /^use-sync-external-store\/shim$/, replacement: syncExternalStoreShim },
          ],
        }
      : {},
  build: {
    modulePreload: {
      // Every browser the app supports has <link rel=modulepreload>; the polyfill would only add bytes.
      polyfill: false,
      // The libraries and the bundler's runtime are loaded by index.html before anything else, and
      // the chunks the importing one imports statically are in before it runs (staticImports), so
      // the lists of what each split-off part needs leave them out. A part whose chunks bring no
      // styles gets no list at all.
      resolveDependencies: (file, deps, { hostId, hostType }) => {
        const loaded = hostType === 'js' ? loadedBefore.get(hostId) : undefined;
        const kept = deps.filter((dep) => !/assets\/(vendor|rolldown-runtime)-/.test(dep) && !loaded?.has(dep));
        // The part alone needs no list: importing it fetches it.
        return kept.length === 1 && kept[0] === file ? [] : kept;
      },
    },
    // No asset may become a data: URL: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // One chunk for the libraries every page needs. Left alone, the bundler cuts them into
        // several small shared chunks, and each small file compresses worse: about 2 KB more.
        codeSplitting: {
          groups: [
            // zustand is not in it: the start page runs without the store, which loads with the pages that need it.
            { name: 'vendor', priority: 30, test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
            // The app shell that every page uses: one file instead of many tiny ones.
            { name: 'shell', priority: 20, test: /src[\\/](app[\\/](main|use-sync-external-store-shim|app|layout|start-page|fatal-error|pages)|i18n[\\/](index|namespaces|lang)|components[\\/](page-heading|icons|idle|error-boundary|deferred-notices|texts-gate|language-switch|later|callout|retryable-lazy)|state[\\/](saved-lang|storage-key)|share[\\/](languages|routes|link-part))\./ },
            // What the pages with answers share (the store, the data sets' labels,
            // which the start page's data choice needs without the ranking) and what the pages
            // with a ranking share (the catalog's table, the scoring, the verdicts' parts): one file each.
            // What a saved state's checks (salvage, split off: see the store) share with the store: in a
            // file of their own, so the checks never import the store's file while it waits for them.
            // The own catalog's store (split off too) needs only this file: its key, and zustand's core.
            // The checks of a saved state, the list of saved clients and the migrations: what the store
            // awaits before it is made (a top-level await), so this file may import nothing of the
            // store's own file, nor share a file with anything that does (that would never finish loading).
            { name: 'saved', priority: 16, test: /src[\\/]state[\\/](saved-clients|salvage|migrations)\./ },
            { name: 'answers-base', priority: 17, test: /node_modules[\\/]zustand[\\/]esm[\\/]vanilla\.|src[\\/](state[\\/](persisted|own-key|client-keys)|scoring[\\/](types|sensitivity)|share[\\/]limits|catalog[\\/]types)\./ },
            { name: 'answers', priority: 15, test: /node_modules[\\/](zustand|use-sync-external-store)[\\/]|src[\\/](state[\\/](?!apply-link|tab-sync|salvage|own-store|saved-clients|client-actions|migrations|answer-sensitivity)|scoring[\\/](answers|types|sensitivity)\.|catalog[\\/]end-of-support\.|share[\\/]limits\.|components[\\/](notices)\.|catalog[\\/]latest-update\.|i18n[\\/]format\.)/ },
            // The parts that show the report's cells and the changes since (compare, the table, the
            // changes page, an opened card): one file rather than five small ones.
            // The consultant's parts (the header's client switch, present mode, "Delete this client",
            // what is done to clients, a client's file): one file fetched once a page is idle, not six.
            // Present mode: a file of a few hundred bytes, since a notice needs it too (and not the rest).
            { name: 'present', priority: 13, test: /src[\\/]components[\\/]present\./ },
            { name: 'clients', priority: 12, test: /src[\\/](components[\\/](client-bar|download|use-saved-clients)|state[\\/]client-actions|share[\\/]client-file)\./ },
            { name: 'details', priority: 5, test: /src[\\/]components[\\/](changed-cell|catalog-text|cell-mark|update-entry|since-report|updates)\./ },
            { name: 'ranking', priority: 10, test: /src[\\/](catalog[\\/](report|types|apply-updates)\.|catalog[\\/]report-2020\.json|scoring[\\/](?!relaxations|smallest|apply-change|firmness|tiebreak|suggestions)|share[\\/]link\.|components[\\/](verdict-item|highlights|our-choice|footnote-ref|mark|end-of-support|tool-names|use-ranking|lazy-part|use-catalog|disclosure)\.|results[\\/]summary-id\.)/ },
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
    // A ceiling, not a speed target: a test that renders pages and waits for parts loaded on
    // demand must not fail only because the machine is busy (speed is measured by `npm run bench`
    // and `npm run perf:interaction`, never by a timeout here).
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['src/catalog/**', 'src/scoring/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
}));
