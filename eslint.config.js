import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers, lowest first. A folder may import only from the layers before it (i18n from share);
 * features never import each other; only app/ knows every feature. `tests/lint/boundaries.test.ts`
 * plants a forbidden import in each layer and expects this config to reject it.
 */
const features = ['wizard', 'results', 'compare', 'report-table', 'memo', 'updates', 'own-tools', 'clients'];
const layers = {
  catalog: { may: [] },
  scoring: { may: ['catalog'] },
  // "Before you start": pure, beside scoring rather than in it, so scoring stays small.
  checklist: { may: ['catalog', 'scoring'] },
  share: { may: ['catalog', 'scoring'] },
  state: { may: ['catalog', 'scoring', 'share'] },
  i18n: { may: ['share'] },
  components: { may: ['catalog', 'scoring', 'checklist', 'share', 'state', 'i18n'] },
  ...Object.fromEntries(features.map((f) => [f, { may: ['catalog', 'scoring', 'checklist', 'share', 'state', 'i18n', 'components'] }])),
  app: { may: null },
};
const folders = Object.keys(layers);

const libraries = {
  react: { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'This layer is plain TypeScript: no React.' },
  i18n: { group: ['i18next', 'react-i18next'], message: 'This layer returns codes; wording lives in locales and the UI.' },
  zustand: { group: ['zustand', 'zustand/*'], message: 'This layer holds no state: the store lives in src/state.' },
  router: { group: ['react-router', 'react-router/*'], message: 'This layer knows no routes components: use src/share/routes.' },
  valibot: { group: ['valibot'], message: 'valibot checks the catalog in the build and the tests, and own catalogs and client files at the door (src/catalog/schema-own.ts, src/share/client-schema.ts, loaded on demand); nothing else uses it.' },
};
/** Libraries each layer may not use; the others may use none but valibot, which only the catalog's schema uses (below). */
const bannedLibraries = {
  catalog: ['react', 'i18n', 'zustand', 'router', 'valibot'],
  scoring: ['react', 'i18n', 'zustand', 'router', 'valibot'],
  checklist: ['react', 'i18n', 'zustand', 'router', 'valibot'],
  share: ['react', 'i18n', 'zustand', 'router', 'valibot'],
  state: ['react', 'i18n', 'router', 'valibot'],
  i18n: ['zustand', 'router', 'valibot'],
};

/** Focused, skipped and conditional tests are banned everywhere (also inside each layer's own rule list below). */
const testBans = [
  // it.only, describe.only, test.describe.only, test.skip, it.skipIf(…), test.fixme, it.only.each, …
  { selector: 'MemberExpression[property.name=/^(only|skip|fixme|skipIf|runIf|todo)$/]', message: 'No focused, skipped or conditional tests.' },
  { selector: 'CallExpression > Identifier.callee[name=/^(x|f)(it|test|describe)$/]', message: 'No focused or skipped tests.' },
];

/** A path segment test for `import()`: no-restricted-imports does not see dynamic imports. */
const segment = (folder) => `(^|\\/)${folder.replace('-', '\\-')}(\\/|$)`;

function boundaries(folder) {
  const { may } = layers[folder];
  const forbidden = may === null ? [] : folders.filter((f) => f !== folder && !may.includes(f));
  const patterns = [
    ...forbidden.map((f) => ({
      group: [`**/${f}`, `**/${f}/**`],
      message: features.includes(folder) && features.includes(f)
        ? `Features do not import each other (${folder} → ${f}); move what both need into src/components, or compose them in src/app.`
        : `Imports flow one way: ${folder} may import only ${may?.join(', ') || 'nothing of src'}.`,
    })),
    ...(bannedLibraries[folder] ?? ['valibot']).map((lib) => libraries[lib]),
    // The catalog's index is its public API; it also re-exports the updates, which the app loads
    // only on demand. So the app imports the catalog's parts (report, types, current).
    ...(folder === 'catalog' ? [] : [{
      regex: '(^|/)catalog(/index(\\.ts)?)?$',
      message: 'Import the catalog\'s parts (catalog/report, catalog/types; catalog/current on demand): the index pulls the updates into the first load.',
    }]),
  ];
  // The same boundaries for parts loaded on demand, `import('../memo/memo')`.
  const dynamic = forbidden.map((f) => ({
    selector: `ImportExpression[source.value=/${segment(f)}/]`,
    message: `Imports flow one way, loaded on demand too: ${folder} may not import ${f}.`,
  }));
  const catalogIndex = folder === 'catalog' ? [] : [{
    selector: "ImportExpression[source.value=/(^|\\/)catalog(\\/index(\\.ts)?)?$/]",
    message: 'Import the catalog\'s parts, not its index.',
  }];
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': ['error', ...testBans, ...dynamic, ...catalogIndex],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'test-results', 'playwright-report', '.lighthouse'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...testBans],
    },
  },
  ...folders.map(boundaries),
  {
    // The pure core: no browser, no clock, no randomness either.
    files: ['src/catalog/**/*.ts', 'src/scoring/**/*.ts', 'src/checklist/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'Date', 'performance'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'The core is deterministic.' }],
    },
  },
  {
    // The schemas are the one place valibot is used: the report's at build time (vite.config.ts) and
    // in tests; an own catalog's (schema-own.ts) at the door, in a chunk loaded only by that feature.
    files: ['src/catalog/schema*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libraries.react, libraries.i18n, libraries.zustand, libraries.router] }] },
  },
  {
    // A client's file is checked at the door with valibot too (src/share/client-schema.ts), in a
    // chunk only the Clients page's import loads; the share layer's boundaries still hold there.
    files: ['src/share/client-schema.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: boundaries('share').rules['no-restricted-imports'][1].patterns.filter((p) => p !== libraries.valibot) }] },
  },
);
