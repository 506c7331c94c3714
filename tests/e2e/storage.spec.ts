import { test, expect } from './helpers/test';
import { expectedRanking, readStored, seedAnswers, shownRanking, storageKey, storedEntry } from './helpers/app';
import { t } from './helpers/i18n';
import { secureLargeCompany, selfHoster } from '../fixtures/answers';
import { initialAnswers } from '../../src/state/persisted';

test('unreadable saved answers: the app starts afresh and says so', async ({ page }) => {
  // A plain file on the origin, so no app code runs while the storage is written.
  await page.goto('/robots.txt');
  await page.evaluate((key) => localStorage.setItem(key, '{"state": {"answers": [unclosed'), storageKey);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'start:title'));
  await expect(page.getByRole('heading', { level: 2, name: t('nl', 'storage:storageUnreadable.title') })).toBeVisible();

  // Still fully usable: the results invite to answer (nothing could be read, so nothing was
  // answered), and the entry is valid again.
  await page.getByRole('link', { name: t('nl', 'nav.results'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: t('nl', 'wizard:noAnswers.title') })).toBeVisible();
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: initialAnswers, answered: false } });
});

test('tampered saved answers: the valid ones are kept, the rest repaired, with a notice', async ({ page }) => {
  const tampered = JSON.parse(storedEntry(selfHoster, 'en'));
  tampered.state.answers.participants = -3;
  tampered.state.answers.importance.e2e = 'always';
  await page.goto('/robots.txt');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, JSON.stringify(tampered)] as const);
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 2, name: t('en', 'storage:storageRepaired.title') })).toBeVisible();
  const repaired = { ...selfHoster, participants: initialAnswers.participants, importance: { openSource: 'nice' as const } };
  expect(await shownRanking(page)).toEqual(expectedRanking(repaired));
});

test('"Forget my answers" clears the saved entry', async ({ page, context }) => {
  await seedAnswers(context, secureLargeCompany, 'nl');
  await page.goto('/results');
  expect(await shownRanking(page)).toEqual(expectedRanking(secureLargeCompany));
  await expect.poll(() => readStored(page)).not.toBeNull();

  await page.getByRole('button', { name: t('nl', 'storage:forget.button') }).click();
  await page.getByRole('button', { name: t('nl', 'storage:forget.confirm') }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'start:title'));
  // The store is forgotten once the start page has landed, so wait for it rather than read once.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();

  // The answers in the page are the defaults again (reached in-app: a reload would seed them anew).
  await page.getByRole('link', { name: t('nl', 'nav.questions'), exact: true }).click();
  // The first question, unanswered again; then the meeting size at its default.
  const sensitivity = page.getByRole('group', { name: t('nl', 'wizard:steps.sensitivity.title'), exact: true });
  await expect(sensitivity.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: t('nl', 'wizard:continue') }).click();
  await expect(page.getByRole('textbox', { name: t('nl', 'wizard:steps.participants.label') })).toHaveValue(String(initialAnswers.participants));
});
