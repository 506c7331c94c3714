import { test, expect } from './helpers/test';
import { expectedRanking, readStored, shownRanking } from './helpers/app';
import { t } from './helpers/i18n';
import { chooseRadio, tabTo, typeInto } from './helpers/keyboard';
import { controlsFor, questions } from './helpers/wizard';
import { freeSmallOffice, secureLargeCompany } from '../fixtures/answers';
import { toLinkParams } from '../../src/share/link-write';
import type { Answers } from '../../src/scoring';
import type { Lang } from '../../src/share/languages';

// The whole flow with the keyboard alone: Tab, Space, Enter, arrow keys and typing.
// No click, no mouse, and no navigation by URL after the first page.
const walks: [Lang, Answers][] = [
  ['nl', secureLargeCompany],
  ['en', freeSmallOffice],
];

for (const [lang, answers] of walks) {
  test(`the whole wizard by keyboard alone, in ${lang === 'nl' ? 'Dutch' : 'English'}`, async ({ page }) => {
    test.slow(); // a few hundred key presses
    await page.goto('/');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(t('nl', 'start:title'));
    if (lang === 'en') {
      // The language switch names the other language in that language.
      await tabTo(page, page.getByRole('button', { name: /English/ }));
      await page.keyboard.press('Enter');
      await expect(h1).toHaveText(t('en', 'start:title'));
    }

    await tabTo(page, page.getByRole('link', { name: t(lang, 'start:cta'), exact: true }));
    await page.keyboard.press('Enter');

    for (const [i, step] of questions.entries()) {
      await expect(page).toHaveURL(`/questions/${step.id}`);
      await expect(h1).toHaveText(t(lang, `wizard:steps.${step.id}.title`));
      await expect(h1).toBeFocused();
      await expect(page.getByText(t(lang, 'wizard:progress', { current: i + 1, total: questions.length }), { exact: true })).toBeVisible();
      for (const control of controlsFor(page, lang, step, answers)) {
        if (control.kind === 'text') await typeInto(page, control.field, control.value);
        else await chooseRadio(page, control.group, control.option);
      }
      await tabTo(page, page.getByRole('button', { name: t(lang, 'wizard:continue'), exact: true }));
      await page.keyboard.press('Enter');
    }

    await expect(page).toHaveURL('/check');
    await expect(h1).toHaveText(t(lang, 'wizard:check.title'));
    await expect(page.getByText(t(lang, 'wizard:check.participantsValue', { number: answers.participants }), { exact: true })).toBeVisible();
    await tabTo(page, page.getByRole('link', { name: t(lang, 'wizard:check.results'), exact: true }));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/results#/);
    await expect(h1).toHaveText(t(lang, 'results:page.title'));
    // A first visit ranks on the report with its known changes, and the address bar says so.
    expect(await shownRanking(page)).toEqual(expectedRanking(answers, 'current'));
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${toLinkParams(answers, lang, 'current')}`);
    await expect.poll(() => readStored(page)).toMatchObject({ state: { answers, lang, dataSet: 'current', answered: true } });

    // Space opens the first tool's verdicts.
    const first = page.locator('[data-tool-id][data-eligible="true"]').first();
    await tabTo(page, first.getByRole('button', { expanded: false, name: /^(Toon alle \d+ oordelen|Show all \d+ verdicts)$/ }));
    await page.keyboard.press('Space');
    await expect(first.getByRole('button', { expanded: true })).toBeVisible();
  });
}
