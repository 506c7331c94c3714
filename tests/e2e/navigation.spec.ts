import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { expectedRanking, readStored, shownRanking } from './helpers/app';
import { t } from './helpers/i18n';
import { controlsFor, questions, type Step } from './helpers/wizard';
import type { Answers } from '../../src/scoring';

// Every answer differs from the defaults, so a page that forgot it would show.
const answers: Answers = {
  participants: 42,
  hosting: 'cloud',
  budget: 'free-preferred',
  includeDiscontinued: true,
  importance: { groupCalls: 'must', dataMinimisation: 'nice', dataInEU: 'must', e2e: 'nice' },
};

async function expectStep(page: Page, step: Step) {
  await expect(page).toHaveURL(`/questions/${step.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', `wizard:steps.${step.id}.title`));
  for (const control of controlsFor(page, 'nl', step, answers)) {
    if (control.kind === 'text') await expect(control.field).toHaveValue(control.value);
    else await expect(control.option).toBeChecked();
  }
}

async function expectResults(page: Page) {
  await expect(page).toHaveURL(/\/results#/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'results:page.title'));
  // A first visit answers on the data a new visitor starts on: the report with its known changes.
  expect(await shownRanking(page)).toEqual(expectedRanking(answers, 'current'));
}

test('back, forward and reload on every step keep the answers and the page', async ({ page }) => {
  test.slow(); // some forty page loads and history moves
  const continueButton = page.getByRole('button', { name: t('nl', 'wizard:continue'), exact: true });
  await page.goto('/');
  await page.getByRole('link', { name: t('nl', 'start:cta'), exact: true }).click();

  // Forward through the wizard; on each step answer, reload, and find the answer still there.
  for (const step of questions) {
    for (const control of controlsFor(page, 'nl', step, answers)) {
      if (control.kind === 'text') await control.field.fill(control.value);
      else await control.option.check();
    }
    await page.reload();
    await expectStep(page, step);
    await continueButton.click();
  }
  await expect(page).toHaveURL('/check');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'wizard:check.title'));
  await page.getByRole('link', { name: t('nl', 'wizard:check.results'), exact: true }).click();
  await expectResults(page);
  await page.reload();
  await expectResults(page);
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers } });

  // Back through every page to the start, then forward again to the results.
  await page.goBack();
  await expect(page).toHaveURL('/check');
  for (const step of [...questions].reverse()) {
    await page.goBack();
    await expectStep(page, step);
  }
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'start:title'));

  for (const step of questions) {
    await page.goForward();
    await expectStep(page, step);
  }
  await page.goForward();
  await expect(page).toHaveURL('/check');
  await page.goForward();
  await expectResults(page);
});

test('reload on a step reached by Back keeps the page', async ({ page }) => {
  await page.goto('/questions/budget');
  await page.getByRole('radio', { name: t('nl', 'results:budget.free-preferred'), exact: true }).check();
  await page.getByRole('button', { name: t('nl', 'wizard:continue'), exact: true }).click();
  await expect(page).toHaveURL('/questions/features');
  await page.goBack();
  await page.reload();
  await expect(page).toHaveURL('/questions/budget');
  await expect(page.getByRole('radio', { name: t('nl', 'results:budget.free-preferred'), exact: true })).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL('/questions/features');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'wizard:steps.features.title'));
});
