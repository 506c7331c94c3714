import { test, expect } from './helpers/test';
import { reportCatalog, seedAnswers, shownRanking, expectedRanking } from './helpers/app';
import { t } from './helpers/i18n';
import { freeSmallOffice } from '../fixtures/answers';
import { rank } from '../../src/scoring';
import { toLinkParams } from '../../src/share/link';

test('the printed memo carries the ranking, every verdict, the footnotes, the disclaimer and the link', async ({ page, context, baseURL }) => {
  await seedAnswers(context, freeSmallOffice, 'nl');
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'results:page.title'));
  await page.getByRole('textbox', { name: t('nl', 'results:memo.clientName') }).fill('Bakkerij De Korrel');

  await page.emulateMedia({ media: 'print' });

  await expect(page.getByText(t('nl', 'results:memo.heading'), { exact: true })).toBeVisible();
  await expect(page.getByText(t('nl', 'results:memo.client', { name: 'Bakkerij De Korrel' }), { exact: true })).toBeVisible();

  // The ranking: every tool, in order, with all of its verdicts shown (cards print fully open).
  expect(await shownRanking(page)).toEqual(expectedRanking(freeSmallOffice));
  for (const result of rank(reportCatalog, freeSmallOffice)) {
    const card = page.locator(`[data-tool-id="${result.toolId}"][data-eligible]`);
    await expect(card).toBeVisible();
    const shown = result.eligible ? result.verdicts.length : result.blockers.length;
    await expect(card.locator('.verdict-list > li:visible'), `${result.toolId}'s verdicts in print`).toHaveCount(shown);
  }

  for (const n of [1, 2, 3, 4, 5, 6]) await expect(page.locator(`#footnote-${n}`)).toBeVisible();
  await expect(page.getByText(t('nl', 'catalog:source.disclaimer'), { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`${baseURL}/results#${toLinkParams(freeSmallOffice, 'nl')}`, { exact: true })).toBeVisible();

  // No navigation, no buttons, no form fields on paper.
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('input:visible, select:visible, textarea:visible')).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});
