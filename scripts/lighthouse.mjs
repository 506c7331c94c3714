#!/usr/bin/env node
/**
 * Lighthouse gate: three runs each on the start page and on a shared results link, against the
 * production build on localhost, with Lighthouse's default mobile settings. Prints the median of
 * each category score and fails when accessibility < 1, best practices < 1 or performance < 0.9.
 * Chromium resolves no host but localhost, so nothing can reach the network.
 * Reports land in .lighthouse/ (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromeFlags, chromePath } from './browser-config.mjs';
import { withPreview } from './preview.mjs';

const runs = 3;
const pages = [
  { name: 'start', path: '/' },
  { name: 'results-link', path: '/results#participants=50&hosting=cloud&budget=free-only&e2e=must&dataInEU=nice&lang=nl' },
];
const minimum = { performance: 0.9, accessibility: 1, 'best-practices': 1 };
const categories = Object.keys(minimum);
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Audits that cost points in a category, e.g. "color-contrast (0)". */
function lostPoints(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
    .map((ref) => `${ref.id} (${lhr.audits[ref.id].score})`);
}

mkdirSync('.lighthouse', { recursive: true });
const failures = [];
await withPreview(async (origin) => {
  const chrome = await launch({
    chromePath,
    chromeFlags: [...chromeFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost'],
    logLevel: 'silent',
  });
  try {
    for (const page of pages) {
      const lhrs = [];
      for (let i = 1; i <= runs; i++) {
        const result = await lighthouse(`${origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        writeFileSync(`.lighthouse/${page.name}-${i}.json`, result.report);
        if (result.lhr.runtimeError) throw new Error(`${page.name} run ${i}: ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
        const scores = categories.map((c) => `${c} ${result.lhr.categories[c].score}`).join(', ');
        const timing = metrics.map((m) => `${m.replace(/-/g, ' ')} ${result.lhr.audits[m].displayValue}`).join(', ');
        console.log(`${page.name} run ${i}: ${scores}\n    ${timing}`);
      }
      console.log(`\n${page.name}  ${page.path}  (median of ${runs})`);
      for (const category of categories) {
        const score = median(lhrs.map((lhr) => lhr.categories[category].score ?? 0));
        const ok = score >= minimum[category];
        console.log(`  ${category.padEnd(16)} ${score.toFixed(2)}  minimum ${minimum[category].toFixed(2)}  ${ok ? 'ok' : 'FAIL'}`);
        if (!ok) {
          const lost = [...new Set(lhrs.flatMap((lhr) => lostPoints(lhr, category)))];
          failures.push(`${page.name} ${category} ${score.toFixed(2)} < ${minimum[category]}; points lost on: ${lost.join(', ')}`);
        }
      }
      console.log('');
    }
  } finally {
    chrome.kill();
  }
});

if (failures.length) {
  for (const failure of failures) console.log(`FAIL ${failure}`);
  console.log(`lighthouse: ${failures.length} score(s) below the minimum`);
  process.exit(1);
}
console.log('lighthouse: all medians at or above the minimum');
