#!/usr/bin/env node
/**
 * Size budget: what each entry point loads first, gzipped.
 *
 * Loads each entry in Chromium against the production build and records the JS and CSS it
 * fetches until the network is idle. The locale texts (JSON) count with the JS. The app preloads the other pages with requestIdleCallback
 * after `load`; an init script turns that into a no-op, so only what the entry itself needs is
 * counted. Each file is then read from the build and gzipped here (zlib, level 9).
 *
 *   npm run size              measure, print, exit 1 past a budget
 *   npm run size -- --update  write budgets at the measured figures + 5% (never past a hard cap)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath, distDir } from './browser-config.mjs';
import { withPreview } from './preview.mjs';

const budgetFile = new URL('./size-budget.json', import.meta.url);
const entries = [
  { name: 'start', path: '/', ready: 'h1' },
  { name: 'question', path: '/questions/participants', ready: 'input' },
  {
    name: 'results-link',
    path: '/results#participants=50&hosting=cloud&budget=free-preferred&e2e=must&dataInEU=nice&data=report&lang=nl',
    ready: '[data-tool-id][data-eligible]',
  },
  // The same link on the report with its known changes, the data a new visitor starts on.
  {
    name: 'results-link-current',
    path: '/results#participants=50&hosting=cloud&budget=free-preferred&e2e=must&dataInEU=nice&data=current&lang=nl',
    ready: '[data-tool-id][data-eligible]',
  },
];

const hardCap = (entry, kind) => budgets.hardCaps?.[entry.name]?.[kind];
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);

async function measure(browser, origin, entry) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const page = await context.newPage();
  const files = new Map();
  const elsewhere = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return void elsewhere.push(url.href);
    // The locale texts count with the JS: they used to be JS chunks, and the page needs them
    // before its first render just as much (see localeFiles in vite.config.ts).
    const kind = /\.js$/.test(url.pathname) || /^\/assets\/locales-[^/]+\/.+\.json$/.test(url.pathname) ? 'js'
      : /\.css$/.test(url.pathname) ? 'css' : null;
    if (!kind) return;
    const bytes = readFileSync(join(distDir, url.pathname));
    files.set(url.pathname, { kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  });
  await page.goto(origin + entry.path, { waitUntil: 'networkidle' });
  const problems = [];
  try {
    await page.locator(entry.ready).first().waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForLoadState('networkidle');
  } catch {
    problems.push(`${entry.name}: the page never showed ${entry.ready}, so the figures may be incomplete`);
  }
  await context.close();
  if (elsewhere.length) problems.push(`${entry.name} requested other hosts: ${elsewhere.join(', ')}`);
  const sum = (kind) => [...files.values()].filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  return { files, problems, js: sum('js'), css: sum('css') };
}

function report(entry, result, budget) {
  console.log(`\n${entry.name}  ${entry.path}`);
  console.log(`  ${'file'.padEnd(48)} ${'raw kB'.padStart(7)} ${'gzip kB'.padStart(7)}`);
  for (const [path, f] of [...result.files].sort((a, b) => b[1].gzip - a[1].gzip)) {
    console.log(`  ${path.padEnd(48)} ${kb(f.raw)} ${kb(f.gzip)}`);
  }
  const failures = [];
  for (const kind of ['js', 'css']) {
    const limit = budget?.[kind];
    const over = limit !== undefined && result[kind] > limit;
    if (over || limit === undefined) failures.push(limit === undefined ? `${entry.name} ${kind}: no budget set (npm run size -- --update)` : `${entry.name} ${kind}: ${kb(result[kind]).trim()} kB > budget ${kb(limit).trim()} kB`);
    console.log(`  ${`total ${kind === 'js' ? 'js + texts' : kind} (gzip)`.padEnd(48)} ${''.padStart(7)} ${kb(result[kind])}   (${result[kind]} B)   budget ${limit === undefined ? 'none' : `${kb(limit).trim()} kB (${limit} B)`}${limit === hardCap(entry, kind) ? ' (hard cap)' : ''} ${over ? 'OVER' : 'ok'}`);
  }
  return failures;
}

const update = process.argv.includes('--update');
const budgets = JSON.parse(readFileSync(budgetFile, 'utf8'));
const results = await withPreview(async (origin) => {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  try {
    const out = {};
    for (const entry of entries) out[entry.name] = await measure(browser, origin, entry);
    return out;
  } finally {
    await browser.close();
  }
});

if (update) {
  for (const entry of entries) {
    const cap = budgets.hardCaps?.[entry.name] ?? {};
    const next = {};
    for (const kind of ['js', 'css']) next[kind] = Math.min(Math.ceil(results[entry.name][kind] * 1.05), cap[kind] ?? Infinity);
    budgets.entries[entry.name] = next;
  }
  writeFileSync(budgetFile, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`Budgets written to ${budgetFile.pathname}`);
}

const failures = [];
for (const entry of entries) {
  const budget = budgets.entries[entry.name];
  const cap = budgets.hardCaps?.[entry.name] ?? {};
  failures.push(...results[entry.name].problems, ...report(entry, results[entry.name], budget));
  for (const kind of ['js', 'css']) {
    const overBudget = budget?.[kind] !== undefined && results[entry.name][kind] > budget[kind];
    if (!overBudget && cap[kind] !== undefined && results[entry.name][kind] > cap[kind]) failures.push(`${entry.name} ${kind}: past the hard cap of ${kb(cap[kind]).trim()} kB`);
  }
}
console.log('');
if (failures.length) {
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(`size: ${failures.length} budget(s) exceeded`);
  process.exit(1);
}
console.log(`size: all entries within budget (${entries.map((e) => `${e.name} ${kb(results[e.name].js).trim()} kB JS + ${kb(results[e.name].css).trim()} kB CSS`).join('; ')})`);
