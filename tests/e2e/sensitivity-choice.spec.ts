import { test, expect } from './helpers/test';
import { expectedRanking, printMemo, resultsLink, seedAnswers, toolName } from './helpers/app';
import { t } from './helpers/i18n';
import { chooseRadio, tabTo } from './helpers/keyboard';
import { selfHoster } from '../fixtures/answers';
import { toLinkParams } from '../../src/share/link-write';
import type { Lang } from '../../src/share/languages';
import { initialAnswers } from '../../src/state/persisted';

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  test(`${lang}: the sensitivity question comes first, raises what it suggests by keyboard, and the pages say so`, async ({ page, context }) => {
    await seedAnswers(context, initialAnswers, lang);
    await page.goto('/');
    await tabTo(page, page.getByRole('link', { name: t(lang, 'start:cta') }).first());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/questions/sensitivity');
    await expect(page.getByText(t(lang, 'wizard:progress', { current: 1, total: 9 }))).toBeVisible();

    const group = page.getByRole('group', { name: t(lang, 'wizard:steps.sensitivity.title'), exact: true });
    await chooseRadio(page, group, group.getByRole('radio', { name: t(lang, 'wizard:steps.sensitivity.options.special.label') }));
    const suggests = page.getByRole('status', { name: t(lang, 'wizard:steps.sensitivity.suggestsTitle') });
    await expect(suggests.getByRole('listitem')).toHaveCount(4);

    // The GDPR page: the processing agreement is now a must, marked as suggested.
    await page.goto('/questions/gdpr');
    const dpa = page.getByRole('group', { name: t(lang, 'wizard:criteria.dpa.question'), exact: true });
    await expect(dpa.getByRole('radio', { name: t(lang, 'results:importance.must'), exact: true })).toBeChecked();
    await expect(dpa).toContainText(t(lang, 'wizard:suggested.special'));
    // Lowering it is the user's call; the mark goes with it.
    await chooseRadio(page, dpa, dpa.getByRole('radio', { name: t(lang, 'results:importance.nice'), exact: true }));
    await expect(dpa).not.toContainText(t(lang, 'wizard:suggested.special'));

    await page.goto('/check');
    await expect(page.getByRole('region', { name: t(lang, 'wizard:steps.sensitivity.short') }))
      .toContainText(t(lang, 'wizard:steps.sensitivity.options.special.label'));
    await page.getByRole('link', { name: t(lang, 'wizard:check.results') }).click();
    await expect(page).toHaveURL(/sensitivity=special/);
    await expect(page).toHaveURL(/dpa=nice/);
    await expect(page).toHaveURL(/e2e=must/);
  });
}

test('a shared link keeps its own importances and its sensitivity, and raises nothing again', async ({ page }) => {
  await page.goto(`/results#participants=10&hosting=cloud&budget=paid-ok&e2e=nice&sensitivity=special&lang=en`);
  await page.locator('[data-tool-id][data-eligible]').first().waitFor({ state: 'attached' });
  await page.goto('/check');
  const security = page.getByRole('region', { name: t('en', 'wizard:steps.security.short') });
  await expect(security).toContainText(t('en', 'results:importance.nice'));
  await expect(page.getByRole('region', { name: t('en', 'wizard:steps.sensitivity.short') }))
    .toContainText(t('en', 'wizard:steps.sensitivity.options.special.label'));
  await expect(page.getByRole('region', { name: t('en', 'wizard:steps.gdpr.short') })).not.toContainText(t('en', 'results:importance.must'));
});

test('the chosen tool: none until one is marked, picked by keyboard, carried in the link, printed in the memo', async ({ page, context, baseURL }) => {
  await seedAnswers(context, selfHoster, 'en');
  await page.goto('/results');
  const { eligible } = expectedRanking(selfHoster);
  const second = eligible[1]!;
  const toggle = (id: string) => page.locator(`[data-tool-id="${id}"]`).getByRole('button', { name: new RegExp(`^${t('en', 'results:card.choose')}\\s*: ${toolName(id)}$`) });
  // No tool is chosen until the user marks one: not even the first.
  await expect(toggle(eligible[0]!)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-our-choice]')).toHaveCount(0);
  await tabTo(page, toggle(second));
  await page.keyboard.press('Enter');
  await expect(toggle(second)).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle(eligible[0]!)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator(`[data-tool-id="${second}"] [data-our-choice]`)).toHaveText(t('en', 'results:card.chosen'));
  await expect(page).toHaveURL(new RegExp(`choice=${second}`));

  await printMemo(page, 'en');
  const memo = page.locator('[data-memo]');
  await expect(memo.getByRole('heading', { name: new RegExp(t('en', 'memo:choiceTitle', { tool: toolName(second) })) })).toBeVisible();
  await expect(memo.getByText(t('en', 'memo:choiceHow'))).toBeVisible();
  const link = `${baseURL}/results#${toLinkParams(selfHoster, 'en', { choice: second })}`;
  await expect(memo.getByText(link, { exact: true })).toBeVisible();
  await expect(memo.getByRole('img', { name: t('en', 'memo:qrLabel') })).toBeVisible();
});

test('a link whose chosen tool does not fit its answers says so, marks no other tool, and keeps the mark', async ({ page }) => {
  // Zoom cannot run on your own server, so it is not eligible for a self-hoster.
  await page.goto(`${resultsLink(selfHoster, 'nl')}&choice=zoom`);
  await expect(page.getByText(t('nl', 'memo:chosenNotFittingScreen', { marked: 'Zoom' }))).toBeVisible();
  await expect(page.locator('[data-our-choice]')).toHaveCount(0);
  await expect(page).toHaveURL(/choice=zoom/);
});
