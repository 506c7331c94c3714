import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { expectedRanking, readStored, seedAnswers, shownRanking } from './helpers/app';
import { t } from './helpers/i18n';
import { freeSmallOffice } from '../fixtures/answers';
import { toLinkParams } from '../../src/share/link-write';
import type { Answers } from '../../src/scoring';

// Making "data stays in the EU" nice to have reorders the free small office's tools (same set).
const after: Answers = { ...freeSmallOffice, importance: { ...freeSmallOffice.importance, dataInEU: 'nice' } };

const panel = (page: Page) => page.getByRole('complementary', { name: t('en', 'results:adjust.title') });

async function openResults(page: Page) {
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'results:page.title'));
}

test.beforeEach(async ({ context }) => {
  await seedAnswers(context, freeSmallOffice, 'en');
});

test('changing an importance re-ranks at once (desktop: panel beside the list)', async ({ page }) => {
  const before = expectedRanking(freeSmallOffice);
  const expected = expectedRanking(after);
  expect(expected.eligible).not.toEqual(before.eligible); // the change must matter, or this test proves nothing

  await openResults(page);
  expect(await shownRanking(page)).toEqual(before);
  await expect(panel(page).getByRole('button', { name: t('en', 'results:adjust.title') })).toBeHidden();
  await panel(page).getByLabel(t('en', 'results:criteria.dataInEU'), { exact: true }).selectOption({ label: t('en', 'results:importance.nice') });

  await expect.poll(() => shownRanking(page)).toEqual(expected);
  await expect(page).toHaveURL(`/results#${toLinkParams(after, 'en')}`);
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: after } });
});

test('the panel opens on a phone, and a must-have drops tools', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const strict: Answers = { ...freeSmallOffice, importance: { ...freeSmallOffice.importance, e2e: 'must' } };
  const expected = expectedRanking(strict);
  expect(expected.eligible).not.toEqual(expectedRanking(freeSmallOffice).eligible);

  await openResults(page);
  const select = panel(page).getByLabel(t('en', 'results:criteria.e2e'), { exact: true });
  await expect(select).toBeHidden();
  await panel(page).getByRole('button', { name: t('en', 'results:adjust.title') }).click();
  await select.selectOption({ label: t('en', 'results:importance.must') });
  await expect.poll(() => shownRanking(page)).toEqual(expected);
});

test('changing the number of participants re-ranks', async ({ page }) => {
  const bigger: Answers = { ...freeSmallOffice, participants: 150 };
  const expected = expectedRanking(bigger);
  expect(expected).not.toEqual(expectedRanking(freeSmallOffice));
  await openResults(page);
  await panel(page).getByRole('textbox', { name: t('en', 'results:criteria.participants') }).fill('150');
  await expect.poll(() => shownRanking(page)).toEqual(expected);
});
