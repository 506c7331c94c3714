import { test, expect } from './helpers/test';
import { expectedRanking, resultsLink, seedAnswers, shownRanking } from './helpers/app';
import { t } from './helpers/i18n';
import { profiles } from '../fixtures/answers';

// The three company profiles of tests/fixtures/answers.ts: the results page must show exactly the
// scoring module's outcome, eligible tools in rank order first, the others after them.
for (const [name, answers] of Object.entries(profiles)) {
  test.describe(name, () => {
    test('a results link shows the scoring outcome, in order', async ({ page }) => {
      const expected = expectedRanking(answers);
      await page.goto(resultsLink(answers, 'en'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'results:page.title'));
      await expect(page.locator('[data-tool-id][data-eligible]')).toHaveCount(expected.eligible.length + expected.ineligible.length);
      expect(await shownRanking(page)).toEqual(expected);
      // The visible cards carry the tools' rank in the same order.
      const names = page.locator('[data-tool-id][data-eligible="true"]').getByRole('heading', { level: 3 });
      await expect(names).toHaveCount(expected.eligible.length);
    });

    test('saved answers show the same outcome', async ({ page, context }) => {
      await seedAnswers(context, answers, 'nl');
      await page.goto('/results');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'results:page.title'));
      expect(await shownRanking(page)).toEqual(expectedRanking(answers));
    });
  });
}
