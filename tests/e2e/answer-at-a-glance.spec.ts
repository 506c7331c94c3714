import type { Locator, Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { expectedRanking, resultsLink, toolName } from './helpers/app';
import { langs, t } from './helpers/i18n';
import type { Answers } from '../../src/scoring';

// Issue 20: the top of the results says what to pick, and says so honestly when it cannot.

/** Group calls, guests without an account, a processing agreement and the browser as musts: four tools tie. */
const fourTie: Answers = {
  participants: 10, hosting: 'cloud', budget: 'paid-ok', includeDiscontinued: false,
  importance: { groupCalls: 'must', joinWithoutAccount: 'must', dpa: 'must', browser: 'must' },
};
/** The same with sharing nice to have: one tool leads alone. */
const oneLeads: Answers = { ...fourTie, importance: { ...fourTie.importance, noThirdPartySharing: 'nice' } };

const eligibleCards = (page: Page) => page.locator('[data-tool-id][data-eligible="true"]');
const ranks = (page: Page) => eligibleCards(page).evaluateAll((cards) => cards.map((card) => card.getAttribute('data-rank')));
const summary = (page: Page) => page.locator('#results-summary');

/** Wholly inside the window, without scrolling: the first screen. */
async function onFirstScreen(locator: Locator, page: Page): Promise<void> {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const { height, width } = page.viewportSize()!;
  expect(box.y, 'top').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'bottom').toBeLessThanOrEqual(height);
  expect(box.x + box.width, 'right').toBeLessThanOrEqual(width);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
}

test('the profiles tie and lead as these tests assume, or they prove nothing', () => {
  expect(expectedRanking(fourTie, 'report').eligible.length).toBeGreaterThanOrEqual(4);
  expect(expectedRanking(oneLeads, 'report').eligible[0]).toBe('zoom');
});

for (const lang of langs) {
  test.describe(lang, () => {
    test('a tie is a tie: shared places, a summary that names it, and what sets the tools apart, which re-ranks in place', async ({ page }) => {
      await page.goto(resultsLink(fourTie, lang, 'report'));
      await expect(eligibleCards(page).first()).toHaveAttribute('data-rank', '1');
      expect((await ranks(page)).slice(0, 4)).toEqual(['1', '1', '1', '1']);
      await expect(page.locator('[data-eligible="false"][data-rank]')).toHaveCount(0);
      const tied = expectedRanking(fourTie, 'report').eligible.slice(0, 4).map(toolName);
      for (const name of tied) await expect(summary(page)).toContainText(name);
      await expect(summary(page)).toContainText('(100)');
      await expect(summary(page)).not.toContainText(lang === 'nl' ? 'past het best' : 'fits best');
      await expect(page.locator('[data-our-choice]')).toHaveCount(0);

      const block = page.locator('[data-tiebreak]');
      await expect(block).toBeVisible();
      const items = block.locator('[data-criterion]');
      expect(await items.count()).toBeGreaterThanOrEqual(3);
      for (const criterion of await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-criterion')))) {
        expect(fourTie.importance[criterion as keyof Answers['importance']], `${criterion} is no must`).toBeUndefined();
      }
      const choice = block.getByRole('combobox', { name: t(lang, 'settle:howMuch', { criterion: t(lang, 'results:criteria.noThirdPartySharing') }) });
      await choice.focus();
      await choice.selectOption('nice');
      await expect.poll(() => ranks(page)).toEqual(expect.arrayContaining(['1', '2']));
      await expect(page.locator('[data-firmness]')).toBeVisible();
      await expect(summary(page)).toBeFocused();
    });

    test('a lone leader: by how much, and the one change that would put another tool beside it', async ({ page }) => {
      await page.goto(resultsLink(oneLeads, lang, 'report'));
      const line = page.locator('[data-firmness]');
      await expect(line).toHaveAttribute('data-firmness', /^(change|firm)$/);
      await expect(line).toContainText(new RegExp(`^${toolName('zoom')} ${lang === 'nl' ? 'leidt met' : 'leads by'} \\d+`));
      await expect(page.locator('[data-tiebreak]')).toHaveCount(0);
      expect((await ranks(page))[0]).toBe('1');
      expect((await ranks(page))[1]).not.toBe('1');
    });

    test('a phone\'s first screen, from a shared link in a fresh browser: the notice, the summary, the first card\'s name and score', async ({ guard }) => {
      for (const answers of [fourTie, oneLeads]) {
        const context = await guard.newContext({ viewport: { width: 360, height: 800 } });
        const page = await context.newPage();
        // A link as the memo's QR code gives it: on the data a new visitor starts on.
        await page.goto(resultsLink(answers, lang, 'current'));
        const first = eligibleCards(page).first();
        await expect(page.locator('[data-tiebreak], [data-firmness]')).toBeVisible();
        await onFirstScreen(page.getByRole('heading', { level: 2, name: t(lang, 'notices:linkApplied.title') }), page);
        await onFirstScreen(summary(page), page);
        await onFirstScreen(first.getByRole('heading', { level: 3 }), page);
        await onFirstScreen(first.locator('.score__text'), page);
        // The navigation is one row; the adjust panel stays folded.
        expect((await page.locator('.site-nav').boundingBox())!.height).toBeLessThan(60);
        await expect(page.getByRole('button', { name: t(lang, 'results:adjust.title') })).toHaveAttribute('aria-expanded', 'false');
      }
    });

    test('a laptop\'s first screen shows the first card\'s name and score; a projector at 150 % the summary', async ({ guard }) => {
      for (const answers of [fourTie, oneLeads]) {
        const page = await (await guard.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
        await page.goto(resultsLink(answers, lang, 'current'));
        await expect(page.locator('[data-tiebreak], [data-firmness]')).toBeVisible();
        const first = eligibleCards(page).first();
        await onFirstScreen(first.getByRole('heading', { level: 3 }), page);
        await onFirstScreen(first.locator('.score__text'), page);
        // 1280 × 800 at 150 % zoom is a window of 853 × 533 CSS pixels.
        await page.setViewportSize({ width: 853, height: 533 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await onFirstScreen(summary(page), page);
      }
    });
  });
}

test('a first visit starts on current data, and says why on the start page; a link without data keeps its old meaning', async ({ guard }) => {
  const context = await guard.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('radio', { name: /known changes up to|bekende wijzigingen tot/ })).toBeChecked();
  await expect(page.getByText(t('nl', 'catalog:dataChoice.why'))).toBeVisible();

  // Made before current data was the default: no `data` means the report.
  await page.goto(resultsLink(oneLeads, 'en', 'report').replace('&data=report', ''));
  await expect(page.locator('[data-ranked-on]')).toHaveAttribute('data-ranked-on', 'report');
  // The address bar names the data set, as every link the app writes.
  await expect.poll(() => page.url()).toContain('data=report');
  // Said in one plain line under the summary.
  await expect(page.locator('[data-ranked-on]')).toContainText(t('en', 'results:top.rankedOn.report'));
});

test('no answers yet: the results rank nothing, mark nothing, and invite to answer or to see the table', async ({ guard }) => {
  const context = await guard.newContext();
  const page = await context.newPage();
  await page.goto('/results#lang=en');
  await expect(page.getByRole('heading', { level: 2, name: t('en', 'wizard:noAnswers.title') })).toBeVisible();
  await expect(page.locator('[data-tool-id]')).toHaveCount(0);
  await expect(page.locator('#results-summary')).toHaveCount(0);
  await page.getByRole('link', { name: t('en', 'wizard:noAnswers.table') }).click();
  await expect(page).toHaveURL(/\/table$/);
});

test('a skip link before the adjust panel leads past it to the cards', async ({ page }) => {
  await page.goto(resultsLink(oneLeads, 'en', 'current'));
  const skip = page.getByRole('link', { name: t('en', 'results:top.skip') });
  await expect(eligibleCards(page).first()).toBeVisible();
  await skip.focus();
  await expect(skip).toBeVisible();
  // Before the panel in the order of the page.
  const before = await skip.evaluate((link) => {
    const panel = document.querySelector('aside.adjust')!;
    return !!(link.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#results-list')).toBeFocused();
  await page.keyboard.press('Tab');
  const inside = await page.evaluate(() => !!document.activeElement?.closest('#results-list'));
  expect(inside).toBe(true);
});
