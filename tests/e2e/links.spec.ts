import { test, expect } from './helpers/test';
import { expectedRanking, readStored, resultsLink, seedAnswers, shownRanking, toolName } from './helpers/app';
import { t } from './helpers/i18n';
import { secureLargeCompany, selfHoster } from '../fixtures/answers';
import { initialAnswers } from '../../src/state/persisted';
import { toLinkParams } from '../../src/share/link-write';
import { stepIds } from '../../src/share/routes';

test('a copied link opens the same ranking in a fresh browser', async ({ page, context, guard, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await seedAnswers(context, secureLargeCompany, 'nl');
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'results:page.title'));
  const ranking = await shownRanking(page);
  expect(ranking).toEqual(expectedRanking(secureLargeCompany));

  await page.getByRole('button', { name: t('nl', 'sharing:share.copy'), exact: true }).click();
  await expect(page.getByText(t('nl', 'sharing:share.copied'), { exact: true })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}/results#${toLinkParams(secureLargeCompany, 'nl')}`);

  const fresh = await guard.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'results:page.title'));
  expect(await shownRanking(other)).toEqual(ranking);
  await expect.poll(() => readStored(other)).toMatchObject({ state: { answers: secureLargeCompany, lang: 'nl' } });
});

test.describe('deep links opened directly', () => {
  test('a question', async ({ page }) => {
    await page.goto('/questions/gdpr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'wizard:steps.gdpr.title'));
    await expect(page.getByText(t('nl', 'wizard:progress', { current: stepIds.indexOf('gdpr') + 1, total: stepIds.length }), { exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: t('nl', 'wizard:criteria.dataInEU.question') })).toBeVisible();
  });

  test('a question that does not exist', async ({ page }) => {
    await page.goto('/questions/nonsense');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'wizard:notFound.title'));
    await page.getByRole('link', { name: t('nl', 'wizard:notFound.first') }).click();
    await expect(page).toHaveURL(`/questions/${stepIds[0]}`);
  });

  test('results', async ({ page }) => {
    await page.goto(resultsLink(selfHoster, 'en'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'results:page.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await shownRanking(page)).toEqual(expectedRanking(selfHoster));
  });

  test('results as a query string become the fragment form', async ({ page }) => {
    await page.goto(`/results?${toLinkParams(selfHoster, 'nl')}`);
    expect(await shownRanking(page)).toEqual(expectedRanking(selfHoster));
    await expect(page).toHaveURL(`/results#${toLinkParams(selfHoster, 'nl')}`);
  });

  test('compare', async ({ page }) => {
    await page.goto('/compare?tools=jitsi,webex,zoom');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'compare:view.title'));
    for (const id of ['jitsi', 'webex', 'zoom']) await expect(page.getByRole('checkbox', { name: toolName(id), exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);
    await expect(page.locator('thead th[data-tool-id]')).toHaveCount(3);
    const columns = await page.locator('thead th[data-tool-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tool-id')));
    expect(columns).toEqual(['jitsi', 'webex', 'zoom']);
  });
});

test.describe('a link with garbage values', () => {
  test('keeps what it can, says what it ignored, and still shows a ranking', async ({ page }) => {
    await page.goto('/results#participants=lots&hosting=moon&budget=free-only&e2e=must&colour=blue&lang=xx');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Read in part: titled so, each answer it could not read named in words, never as key=value.
    await expect(page.getByRole('heading', { level: 2, name: t('nl', 'unreadable:linkPartial.title') })).toBeVisible();
    await expect(page.getByText(t('nl', 'unreadable:linkPartial.body'))).toBeVisible();
    const named = [
      [t('nl', 'results:criteria.participants'), 'lots'], [t('nl', 'results:criteria.hosting'), 'moon'],
      [t('nl', 'unreadable:params.unknown', { param: 'colour' }), 'blue'], [t('nl', 'unreadable:params.lang'), 'xx'],
    ];
    for (const [label, value] of named) await expect(page.getByText(`${label}: ‘${value}’`, { exact: false })).toBeVisible();
    for (const raw of ['participants=lots', 'hosting=moon', 'colour=blue', 'lang=xx']) await expect(page.getByText(raw)).toHaveCount(0);
    const answers = { ...initialAnswers, budget: 'free-only' as const, importance: { e2e: 'must' as const } };
    await expect(page.locator('[data-tool-id][data-eligible]')).toHaveCount(10);
    expect(await shownRanking(page)).toEqual(expectedRanking(answers));
  });

  test('with nothing usable, leaves the answers alone and says so', async ({ page, context }) => {
    await seedAnswers(context, selfHoster, 'nl');
    await page.goto('/results#participants=-4&hosting=&foo=bar');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Nothing read: titled as a failure.
    await expect(page.getByRole('heading', { level: 2, name: t('nl', 'unreadable:linkFailed.title') })).toBeVisible();
    await expect(page.locator('[data-tool-id][data-eligible]')).toHaveCount(10);
    expect(await shownRanking(page)).toEqual(expectedRanking(selfHoster));
    await expect(page).toHaveURL(`/results#${toLinkParams(selfHoster, 'nl')}`);
  });
});

test('switching language on the results page keeps the answers and updates the link', async ({ page }) => {
  await page.goto(resultsLink(secureLargeCompany, 'nl'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'results:page.title'));
  const before = await shownRanking(page);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'results:page.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(`/results#${toLinkParams(secureLargeCompany, 'en')}`);
  expect(await shownRanking(page)).toEqual(before);
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: secureLargeCompany, lang: 'en' } });
  // And back: the page, the answers and the link follow again.
  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'results:page.title'));
  await expect(page).toHaveURL(`/results#${toLinkParams(secureLargeCompany, 'nl')}`);
  expect(await shownRanking(page)).toEqual(before);
});
