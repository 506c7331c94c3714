import { test, expect } from './helpers/test';
import { expectedRanking, readStored, seedAnswers, seedKey, shownRanking, storageKey, storedEntry } from './helpers/app';
import { t } from './helpers/i18n';
import { secureLargeCompany, selfHoster } from '../fixtures/answers';
import { initialAnswers } from '../../src/state/persisted';

test('unreadable saved answers: the app starts afresh in a new client, says so, and keeps the damaged entry aside', async ({ page }) => {
  const damaged = '{"state": {"answers": [unclosed';
  // A plain file on the origin, so no app code runs while the storage is written.
  await page.goto('/robots.txt');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, damaged] as const);
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 2, name: t('nl', 'storage:storageUnreadable.title') })).toBeVisible();

  // Still fully usable: the results invite to answer (nothing could be read, so nothing was answered).
  await expect(page.getByRole('heading', { level: 2, name: t('nl', 'wizard:noAnswers.title') })).toBeVisible();
  // The damaged entry is kept as it was, under a client of its own, and listed as such.
  const kept = () => page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('videobelwijzer-client-')).map(([, v]) => v));
  expect(await kept()).toEqual([damaged]);
  await page.getByRole('link', { name: t('nl', 'nav.clients'), exact: true }).click();
  await expect(page.locator('[data-client-status="unreadable"]')).toHaveCount(1);
  expect(await kept()).toEqual([damaged]);
  expect(await readStored(page)).toBeNull(); // the new client holds nothing yet, so nothing is written
});

test('tampered saved answers: the valid ones are kept, the rest repaired, with a notice', async ({ page }) => {
  const tampered = JSON.parse(storedEntry(selfHoster));
  tampered.state.answers.participants = -3;
  tampered.state.answers.importance.e2e = 'always';
  await page.goto('/robots.txt');
  await page.evaluate(([key, value]) => {
    localStorage.setItem(key, value);
    localStorage.setItem('videobelwijzer-lang', 'en');
  }, [seedKey, JSON.stringify(tampered)] as const);
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 2, name: t('en', 'storage:storageRepaired.title') })).toBeVisible();
  const repaired = { ...selfHoster, participants: initialAnswers.participants, importance: { openSource: 'nice' as const } };
  expect(await shownRanking(page)).toEqual(expectedRanking(repaired));
});

test('"Delete this client" removes its entry, offers Undo, and starts a new client', async ({ page, context }) => {
  await seedAnswers(context, secureLargeCompany, 'nl');
  await page.goto('/results');
  expect(await shownRanking(page)).toEqual(expectedRanking(secureLargeCompany));
  await page.getByRole('button', { name: t('nl', 'storage:forget.button') }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'start:title'));
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), seedKey)).toBeNull();
  await expect(page.getByRole('heading', { level: 2, name: t('nl', 'storage:clientDeleted.title') })).toBeVisible();

  // The answers in the page are the defaults again (reached in-app: a reload would seed them anew).
  await page.getByRole('link', { name: t('nl', 'nav.questions'), exact: true }).click();
  const sensitivity = page.getByRole('group', { name: t('nl', 'wizard:steps.sensitivity.title'), exact: true });
  await expect(sensitivity.getByRole('radio', { checked: true })).toHaveCount(0);

  // Undo brings the client back, as it was.
  await page.getByRole('button', { name: t('nl', 'storage:clientDeleted.undo') }).click();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), seedKey)).not.toBeNull();
  await page.getByRole('link', { name: t('nl', 'nav.results'), exact: true }).click();
  expect(await shownRanking(page)).toEqual(expectedRanking(secureLargeCompany));
});
