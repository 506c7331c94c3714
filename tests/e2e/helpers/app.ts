import { expect, type BrowserContext, type Page } from '@playwright/test';
import { t } from './i18n';
import type { Answers } from '../../../src/scoring';
import { rank } from '../../../src/scoring';
import { readFileSync } from 'node:fs';
import { applyUpdates } from '../../../src/catalog/apply-updates';
import { joinReport, parseCatalog, parseUpdates } from '../../../src/catalog/schema';
import type { Catalog, DataSet } from '../../../src/catalog/types';
import { toLinkParams } from '../../../src/share/link-write';
import { initialPersisted, storeVersion } from '../../../src/state/persisted';
import type { Lang } from '../../../src/share/languages';

// The same file and validation as src/catalog's `reportCatalog`. Node's ESM loader wants an
// import attribute for JSON, which Vite's build does not need; reading the file sidesteps that.
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../../src/catalog/${file}`, import.meta.url), 'utf8')) as unknown;
export const reportCatalog = parseCatalog(joinReport(read('report-2020.json'), read('report-2020-text.json')));
/** The report with the known changes applied, as src/catalog's `currentCatalog`. */
export const currentCatalog = applyUpdates(reportCatalog, parseUpdates(read('updates.json')));
const catalogs: Record<DataSet, Catalog> = { report: reportCatalog, current: currentCatalog };

/** A tool's name as the report writes it, e.g. toolName('webex'). */
export function toolName(id: string): string {
  const tool = reportCatalog.tools.find((x) => x.id === id);
  if (!tool) throw new Error(`No tool ${id}`);
  return tool.name;
}

/** The key of the one state saved before version 6 (moved into a client of its own when the app reads it). */
export const storageKey = 'videobelwijzer';
/** The key the tests seed their client under, and the language's key. */
export const seedKey = 'videobelwijzer-client-seed';
export const langKey = 'videobelwijzer-lang';

/** A client's stored entry for these answers, in the store's persisted format; `answered` false: nothing answered yet. */
export function storedEntry(answers: Answers, dataSet: DataSet = 'report', answered = true, client = { name: '', notes: '' }): string {
  return JSON.stringify({ state: { ...initialPersisted, answers, dataSet, answered, client }, version: storeVersion, changed: new Date().toISOString() });
}

/** The entries a seeded visit starts with: one client, and the language. */
export const seedEntries = (answers: Answers, lang: Lang, dataSet: DataSet = 'report', answered = true): [string, string][] => [
  [seedKey, storedEntry(answers, dataSet, answered)],
  [langKey, lang],
];

/**
 * Prepares saved answers before the app's first script runs, without replaying the wizard: one
 * client, which a new tab opens (it is the one changed last). Only when nothing is stored yet, so
 * a reload keeps what the test changed since.
 */
export async function seedAnswers(context: BrowserContext, answers: Answers, lang: Lang, dataSet: DataSet = 'report'): Promise<void> {
  await context.addInitScript(
    (entries) => {
      // Init scripts also run in blank frames (axe makes some), where storage is off limits.
      if (!location.protocol.startsWith('http')) return;
      for (const [key, value] of entries) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    seedEntries(answers, lang, dataSet),
  );
}

/** A shared results link for these answers, as the app itself writes it. */
export function resultsLink(answers: Answers, lang: Lang, dataSet: DataSet = 'report'): string {
  return `/results#${toLinkParams(answers, lang, dataSet)}`;
}

/** What the scoring module says the results page must show, in order. */
export function expectedRanking(answers: Answers, dataSet: DataSet = 'report'): { eligible: string[]; ineligible: string[] } {
  const results = rank(catalogs[dataSet], answers);
  return {
    eligible: results.filter((r) => r.eligible).map((r) => r.toolId),
    ineligible: results.filter((r) => !r.eligible).map((r) => r.toolId),
  };
}

/** The tool cards on /results in document order, split by their `data-eligible` hook. */
export async function shownRanking(page: Page): Promise<{ eligible: string[]; ineligible: string[] }> {
  // Every tool has a card, fitting or not, so the page is ready once the first one is there.
  await page.locator('[data-tool-id][data-eligible]').first().waitFor({ state: 'attached' });
  const cards = await page.locator('[data-tool-id][data-eligible]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-tool-id') ?? '', eligible: el.getAttribute('data-eligible') === 'true' })),
  );
  return {
    eligible: cards.filter((c) => c.eligible).map((c) => c.id),
    ineligible: cards.filter((c) => !c.eligible).map((c) => c.id),
  };
}

/**
 * The entry of the client open in the page's tab, parsed, or null when none is stored. The
 * language is saved apart from the clients (and only once chosen: Dutch until then); it is added
 * to `state` here, so a test checks both.
 */
export async function readStored(page: Page): Promise<unknown> {
  const [raw, lang] = await page.evaluate(() => [localStorage.getItem(`videobelwijzer-client-${sessionStorage.getItem('videobelwijzer-open')}`), localStorage.getItem('videobelwijzer-lang')]);
  if (raw === null) return null;
  const entry = JSON.parse(raw) as { state: Record<string, unknown> };
  return { ...entry, state: { ...entry.state, lang: lang ?? 'nl' } };
}

/**
 * Presses the results page's Print, as a user does, with the browser's print dialog replaced by
 * what printing starts with: one `beforeprint`. Resolves once that single event drew the memo,
 * then switches the page to print media. Print waits for the memo's code when it comes early.
 */
export async function printMemo(page: Page, lang: Lang): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      document.documentElement.dataset.printedMemo = String(document.querySelector('[data-memo]') !== null);
    };
  });
  await page.getByRole('button', { name: t(lang, 'sharing:memo.print') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed-memo', 'true', { timeout: 20_000 });
  await page.emulateMedia({ media: 'print' });
}
