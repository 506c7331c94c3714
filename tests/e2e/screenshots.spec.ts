import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { seedAnswers } from './helpers/app';
import { freeSmallOffice } from '../fixtures/answers';

// Opt-in (`npm run screenshots`): pictures of the main pages for people to look at, not a
// pixel-diff test. Written to tests/e2e/screenshots/<page>-<viewport>.png.
const viewports = [
  { name: 'phone', size: { width: 360, height: 740 } },
  { name: 'desktop', size: { width: 1280, height: 800 } },
];

const shots: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'start', path: '/', ready: async (page) => void (await expect(page.locator('[data-data-choice]')).toBeVisible()) },
  { name: 'question', path: '/questions/security', ready: async () => {} },
  {
    name: 'results',
    path: '/results',
    ready: async (page) => {
      const card = page.locator('[data-tool-id][data-eligible="true"]').first();
      await card.getByRole('button', { expanded: false, name: /^(Toon alle \d+ oordelen|Show all \d+ verdicts)$/ }).click();
      await expect(card.getByRole('button', { expanded: true })).toBeVisible();
    },
  },
  { name: 'table', path: '/table', ready: async (page) => void (await expect(page.locator('td[data-tool-id]')).toHaveCount(200)) },
  {
    name: 'table-current',
    path: '/table',
    ready: async (page) => {
      await page.getByRole('radio', { name: /bekende wijzigingen tot/ }).check();
      await expect(page.locator('.report-table__changed--current')).toHaveCount(4);
    },
  },
  {
    name: 'compare-current',
    path: '/compare?tools=zoom,teams,signal',
    ready: async (page) => {
      await page.getByRole('radio', { name: /bekende wijzigingen tot/ }).click();
      await expect(page.getByRole('radio', { name: /bekende wijzigingen tot/ })).toBeChecked();
      await expect(page.locator('[data-changed-row]:visible').first()).toBeVisible();
    },
  },
  { name: 'updates', path: '/updates?tool=zoom', ready: async (page) => void (await expect(page.locator('[data-update-id]').first()).toBeVisible()) },
  { name: 'check', path: '/check', ready: async () => {} },
];

for (const viewport of viewports) {
  test.describe(viewport.name, () => {
    test.use({ viewport: viewport.size });
    for (const shot of shots) {
      test(shot.name, async ({ page, context }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await seedAnswers(context, freeSmallOffice, 'nl');
        await page.goto(shot.path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await shot.ready(page);
        // The whole page, but at most three screens tall: the results page runs to 8000 px.
        const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), viewport.size.height * 3);
        await page.screenshot({
          path: `tests/e2e/screenshots/${shot.name}-${viewport.name}.png`,
          fullPage: true,
          clip: { x: 0, y: 0, width: viewport.size.width, height },
          animations: 'disabled',
        });
      });
    }
  });
}
