import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { expectedRanking, readStored, resultsLink, seedAnswers, shownRanking } from './helpers/app';
import { t } from './helpers/i18n';
import type { Answers } from '../../src/scoring';

// A meeting of 30: Signal held 2 in the report and holds 40 since December 2021.
const thirty: Answers = { participants: 30, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: {} };

const panel = (page: Page) => page.getByRole('complementary', { name: t('en', 'results:adjust.title') });
const currentLabel = /known changes up to|bekende wijzigingen tot/;

test('the two data sets rank differently for this meeting, or these tests prove nothing', () => {
  expect(expectedRanking(thirty, 'current').eligible).toContain('signal');
  expect(expectedRanking(thirty, 'report').eligible).not.toContain('signal');
});

test('switching the data set on the results page re-ranks and writes it into the link', async ({ page, context }) => {
  await seedAnswers(context, thirty, 'en');
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'results:page.title'));
  expect(await shownRanking(page)).toEqual(expectedRanking(thirty, 'report'));
  await expect(page.locator('[data-ranked-on="report"]')).toContainText(t('en', 'results:top.rankedOn.report'));

  await panel(page).getByRole('radio', { name: currentLabel }).check();
  await expect.poll(() => shownRanking(page)).toEqual(expectedRanking(thirty, 'current'));
  await expect(page.locator('[data-ranked-on="current"]')).toContainText(/On the report with known changes up to \d+ \w+ 2025\./);
  await expect.poll(() => page.url()).toContain('data=current');
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: thirty, dataSet: 'current' } });

  await panel(page).getByRole('radio', { name: /as published/ }).check();
  await expect.poll(() => shownRanking(page)).toEqual(expectedRanking(thirty, 'report'));
  // Every link the app writes names its data set, the address bar included.
  await expect.poll(() => page.url()).toContain('data=report');
});

test('a first switch before the changes were ever loaded re-ranks too (nothing preloaded when idle)', async ({ page, context }) => {
  await context.addInitScript(() => {
    window.requestIdleCallback = () => 0; // as npm run size does: no idle preloads
  });
  // With no idle moment ever, the panel's form loads only when it is opened: on a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await seedAnswers(context, thirty, 'en');
  await page.goto('/results');
  expect(await shownRanking(page)).toEqual(expectedRanking(thirty, 'report'));
  await panel(page).getByRole('button', { name: t('en', 'results:adjust.title') }).click();
  await panel(page).getByRole('radio', { name: currentLabel }).check();
  await expect.poll(() => shownRanking(page)).toEqual(expectedRanking(thirty, 'current'));
});

test('a link with data=current ranks on current data in a fresh browser', async ({ guard }) => {
  const fresh = await guard.newContext();
  const page = await fresh.newPage();
  const link = resultsLink(thirty, 'nl', 'current');
  expect(link).toContain('data=current');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'results:page.title'));
  expect(await shownRanking(page)).toEqual(expectedRanking(thirty, 'current'));
  await expect(page.locator('[data-ranked-on="current"]')).toContainText(/Op het rapport met bekende wijzigingen tot \d+ \w+ 2025\./);
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: thirty, dataSet: 'current', lang: 'nl' } });
});

test('a link with only data=current switches the data set and keeps the saved answers', async ({ page, context }) => {
  await seedAnswers(context, thirty, 'en');
  await page.goto('/results#data=current&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'results:page.title'));
  await expect.poll(() => shownRanking(page)).toEqual(expectedRanking(thirty, 'current'));
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: thirty, dataSet: 'current' } });
});

test('the report\'s table marks the changed cells, and shows both values with current data', async ({ page }) => {
  await page.goto('/table?lang=en');
  // A first visit shows the current data; the report as published is one choice away.
  await expect(page.getByRole('radio', { name: currentLabel })).toBeChecked();
  await page.getByRole('radio', { name: /as published|zoals gepubliceerd/ }).check();
  const signal = page.locator('td[data-tool-id="signal"][data-row-id="maxParticipants"]');
  await expect(signal).toHaveAttribute('data-changed', 'signalGroupCalls40');
  await expect(signal).toContainText('2');
  await expect(signal).not.toContainText('40');
  // Four cells changed, and four of Jitsi's hold only on your own server since 2023.
  await expect(page.locator('td[data-changed]')).toHaveCount(8);
  await expect(page.locator('td[data-tool-id="jitsi"][data-row-id="dpa"]')).toHaveAttribute('data-changed', 'jitsiMeetLoginRequired');

  await page.getByRole('radio', { name: currentLabel }).check();
  await expect(signal).toContainText('40');
  await expect(signal).toContainText(/2020:\s*2/);
  const zoom = page.locator('td[data-tool-id="zoom"][data-row-id="e2e"]');
  await expect(zoom).toContainText('2020');
  // A change's condition is worded, never linked to the report's footnote list.
  await expect(zoom).toContainText(/up to 200 participants|tot 200 deelnemers/);
  const teams = page.locator('td[data-tool-id="teams"][data-row-id="e2e"]');
  await expect(teams.locator('.report-table__now a[href^="#footnote-"]')).toHaveCount(0);
  await expect(teams.locator('.report-table__now')).toContainText(/only on the pricier plans|alleen bij de duurdere abonnementen/);
  // Every marker leads to an entry in the list under the table.
  for (const cell of await page.locator('td[data-changed]').all()) {
    await expect(page.locator(`#update-${await cell.getAttribute('data-changed')}`)).toHaveCount(1);
  }
  // The marker leads to the change in the list below the table.
  await signal.getByRole('link').click();
  await expect(page.locator('#' + (await signal.getByRole('link').getAttribute('href'))!.slice(1))).toBeInViewport();
});

test('the changes page lists every change with its source, and filters by tool', async ({ page }) => {
  await page.goto('/updates');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const all = await page.locator('[data-update-id]').count();
  expect(all).toBeGreaterThanOrEqual(20);
  for (const link of await page.locator('[data-update-id] a[href^="https://"]').all()) {
    await expect(link).toHaveAttribute('rel', 'noreferrer noopener');
  }
  await page.goto('/updates?tool=signal');
  await expect(page.locator('[data-update-id="signalGroupCalls40"]')).toBeVisible();
  await expect(page.locator('[data-update-id="zoomE2e"]')).toHaveCount(0);
});

test('on current data a card cites the change its verdict rests on, and never as the report', async ({ page }) => {
  const e2e: Answers = { participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: { e2e: 'must' } };
  await page.goto(resultsLink(e2e, 'en', 'current'));
  const zoom = page.locator('article[data-tool-id="zoom"]');
  const point = zoom.locator('[data-criterion="e2e"]');
  await expect(point).toHaveAttribute('data-source', 'update');
  await expect(point.locator('[data-changed-marker]')).toContainText('Zoom Video Communications');
  await expect(point).not.toContainText('according to the report');
  for (const row of await page.locator('[data-criterion][data-source="update"]').all()) {
    await expect(row.locator('[data-changed-marker]')).toHaveCount(1);
  }
});
