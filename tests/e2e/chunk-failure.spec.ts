import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { t } from './helpers/i18n';

/**
 * Never a blank page: each JavaScript file a page needs is blocked in turn, the page still
 * says what went wrong and offers a way back, and once the file can load again the page works.
 * Idle-time preloads are switched off, so each run needs exactly the files of its first screen.
 */
const entries = [
  { name: 'start page', path: '/', heading: t('nl', 'start:title') },
  { name: 'shared results link', path: '/results#participants=50&hosting=cloud&budget=free-preferred&e2e=must&dataInEU=nice&lang=nl', heading: t('nl', 'results:page.title') },
  { name: 'question page', path: '/questions/budget', heading: t('nl', 'wizard:steps.budget.title') },
  { name: 'report table', path: '/table', heading: t('nl', 'compare:table.title') },
];

const fatal = 'Er ging iets mis · Something went wrong';

async function quietContext(newContext: () => Promise<BrowserContext>): Promise<BrowserContext> {
  const context = await newContext();
  await context.addInitScript(() => {
    window.requestIdleCallback = (() => 0) as typeof window.requestIdleCallback;
  });
  return context;
}

/** The same-origin scripts a page fetches for its first screen. */
async function scriptsOf(page: Page, path: string): Promise<string[]> {
  const scripts = new Set<string>();
  page.on('request', (r) => {
    // index.html's Reload helper only serves its failure text: blocked alone, nothing fails.
    if (r.resourceType() === 'script' && !r.url().endsWith('/boot-reload.js')) scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return [...scripts].sort();
}

for (const entry of entries) {
  test(`${entry.name}: every script it needs, blocked in turn, gives an error page, and Retry recovers`, async ({ guard }) => {
    test.slow(); // one page load per script, twice
    const probe = await (await quietContext(() => guard.newContext())).newPage();
    const scripts = await scriptsOf(probe, entry.path);
    await expect(probe.getByRole('heading', { level: 1 })).toHaveText(entry.heading);
    expect(scripts.length).toBeGreaterThan(2);
    // The scripts index.html names itself: when one cannot be fetched, the app never starts.
    const fromDocument = await probe.locator('script[type="module"]').evaluateAll((list) => list.map((s) => new URL((s as HTMLScriptElement).src).pathname));
    expect(fromDocument.length).toBeGreaterThan(0);

    for (const script of scripts) {
      const context = await quietContext(() => guard.newContext());
      const page = await context.newPage();
      let blocked = true;
      await page.route(`**${script}`, (route) => (blocked ? route.abort('failed') : route.continue()));
      await page.goto(entry.path);
      // The app's own error page, a page's "could not be loaded" with Retry, or, when even the
      // app's first script cannot load, the static text of index.html.
      const failed = page.getByRole('heading', { level: 1, name: new RegExp(`${fatal}|${t('nl', 'loadFailed.title')}`) })
        // A part that only some pages show (the notices) says so in place, with its own Retry.
        .or(page.getByText(t('nl', 'loadFailed.partTitle')));
      await expect(failed.first(), `${script} blocked on ${entry.path}`).toBeVisible({ timeout: 15_000 });
      expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(40);
      // index.html's failure text shows as soon as its script reports the failed fetch (the
      // class), not only once its six seconds have passed; any other file is the app's to report.
      if (fromDocument.includes(script)) await expect(page.locator('body')).toHaveClass('boot-failed');
      else await expect(page.locator('body')).not.toHaveClass('boot-failed');

      blocked = false;
      // Every part that failed has its own Retry (the app's error page and index.html's static
      // text: Reload). Once the page has settled, press them until none is left, the last first,
      // as pressing one may redraw the others. There is always at least one: no dead end.
      const retry = page.getByRole('button', { name: new RegExp(`${t('nl', 'loadFailed.retry')}|Opnieuw laden`) });
      await expect(retry.first(), `a Retry or Reload button with ${script} blocked`).toBeVisible();
      await page.waitForLoadState('networkidle');
      // Until the page and every part are back: press the last Retry left, then look again. One
      // Retry may redraw another away, or bring back a part that then loads what it needs.
      await expect(async () => {
        const left = await retry.count();
        if (left) await retry.nth(left - 1).click({ timeout: 2_000 });
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('heading', { level: 1 }), `${script} back on ${entry.path}`).toHaveText(entry.heading, { timeout: 2_000 });
        await expect(page.getByText(t('nl', 'loadFailed.partTitle'))).toBeHidden({ timeout: 2_000 });
        await expect(retry).toHaveCount(0, { timeout: 1_000 });
      }, `every part back, by Retry, with ${script} no longer blocked`).toPass({ timeout: 45_000 });
      await page.close(); // the guard closes the context, after checking it
    }
  });
}

test('with JavaScript off, the page says the guide needs it, and offers no Reload that cannot help', async ({ guard }) => {
  const page = await (await guard.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto('/');
  // Playwright's text locators skip <noscript>, so the element itself is checked.
  const notice = page.locator('noscript');
  await expect(notice).toBeVisible();
  expect(await notice.innerText()).toContain('Videobelwijzer heeft JavaScript nodig.');
  // Not merely not shown yet (the failure text waits six seconds): not part of the page at all.
  await expect(page.locator('.boot-fallback')).toHaveCSS('display', 'none');
});
