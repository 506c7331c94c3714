import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { readStored, resultsLink, seedAnswers, storageKey } from './helpers/app';
import { t } from './helpers/i18n';
import { freeSmallOffice, secureLargeCompany, selfHoster } from '../fixtures/answers';
import { initialAnswers, storeVersion } from '../../src/state/persisted';

/** Writes the stored entry from a plain file on the origin, before any app code runs. */
async function store(page: Page, value: string) {
  await page.goto('/robots.txt');
  await page.evaluate(([key, v]) => localStorage.setItem(key, v), [storageKey, value] as const);
}
/** Every client's entry, as written. */
const entries = (page: Page) => page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('videobelwijzer-client-')).map(([, value]) => value));

test('answers saved by a newer version are read, never overwritten, and the user is told', async ({ page }) => {
  const newer = JSON.stringify({ version: storeVersion + 1, state: { answers: { ...secureLargeCompany, futureField: true }, lang: 'en', client: { name: 'X', notes: '' }, history: [], somethingNew: 1 } });
  await store(page, newer);
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 2, name: t('en', 'storage:storageNewer.title') })).toBeVisible();
  // It runs on what it understands: the saved answers, in the saved language.
  await expect(page.getByRole('textbox', { name: t('en', 'results:criteria.participants') })).toHaveValue('300');
  await page.getByRole('radio', { name: t('en', 'results:hosting.cloud') }).check();
  await page.getByRole('textbox', { name: t('en', 'sharing:memo.notes') }).fill('typed in the older version');
  // The address bar carries the answers changed here; a reload opens them as a new client, which is
  // saved, and the newer version's entry stays byte for byte as it was.
  await expect(page).toHaveURL(/hosting=cloud/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: t('en', 'storage:linkClient.title') })).toBeVisible();
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: { participants: 300, hosting: 'cloud' } } });
  expect(await entries(page)).toContain(newer);
});

test('notes keep exactly 1,000 characters, with a visible count, and come back whole after a reload', async ({ page, context }) => {
  await seedAnswers(context, selfHoster, 'en');
  await page.goto('/results');
  const notes = page.getByRole('textbox', { name: t('en', 'sharing:memo.notes') });
  await expect(notes).toHaveAttribute('maxlength', '1000');
  await notes.fill('x'.repeat(6000));
  await expect(notes).toHaveValue('x'.repeat(1000));
  await expect(page.getByText('1,000 of 1,000 characters')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: t('en', 'sharing:memo.notes') })).toHaveValue('x'.repeat(1000));
});

test('when storage fails, the app says answers will not be kept, and goes on working', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/questions/participants');
  await page.getByRole('textbox', { name: t('nl', 'wizard:steps.participants.label') }).fill('42');
  await expect(page.getByRole('heading', { level: 2, name: t('nl', 'storage:storageUnavailable.title') })).toBeVisible();
  await page.getByRole('button', { name: t('nl', 'wizard:continue') }).click();
  await expect(page).toHaveURL('/questions/hosting');
});

test('two tabs: a change in one reaches the other, and neither writes back stale answers', async ({ page, context }) => {
  await seedAnswers(context, selfHoster, 'nl');
  await page.goto('/results');
  const other = await context.newPage();
  await other.goto('/questions/participants');
  const field = other.getByRole('textbox', { name: t('nl', 'wizard:steps.participants.label') });
  await expect(field).toHaveValue('10');

  await page.getByRole('textbox', { name: t('nl', 'results:criteria.participants') }).fill('77');
  await expect(field).toHaveValue('77'); // the storage event brought it over
  await other.getByRole('button', { name: t('nl', 'wizard:continue') }).click();
  await other.getByRole('radio', { name: t('nl', 'results:hosting.cloud') }).check();
  await expect(page.getByRole('radio', { name: t('nl', 'results:hosting.cloud') })).toBeChecked();
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: { participants: 77, hosting: 'cloud' } } });
});

test('links that replace answers never lose them: each opens as a new client, and the way back finds the answers before', async ({ page, context }) => {
  await seedAnswers(context, { ...initialAnswers, participants: 11 }, 'nl');
  for (const n of [21, 22, 23]) {
    await page.goto('/questions/participants');
    await page.getByRole('textbox', { name: t('nl', 'wizard:steps.participants.label') }).fill(String(n));
    await page.goto(resultsLink({ ...secureLargeCompany, participants: 400 + n }, 'nl'));
    await expect(page.getByRole('heading', { level: 2, name: t('nl', 'storage:linkClient.title') })).toBeVisible();
  }
  // Every set typed before a link is still saved, in a client of its own.
  const saved = () => page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('videobelwijzer-client-')).map(([, v]) => JSON.parse(v).state.answers.participants).sort());
  expect(await saved()).toEqual([21, 22, 23, 423]);
  await page.locator('[data-back-to-client]').click();
  await expect(page.getByRole('textbox', { name: t('nl', 'results:criteria.participants') })).toHaveValue('23');
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: { participants: 23 } } });
  // The link's client, to which nothing was added, went with the way back.
  expect(await saved()).toEqual([21, 22, 23]);
});

test('a hostile link: read up to 4 KB, at most five ignored items listed, the page still works', async ({ page }) => {
  const junk = Array.from({ length: 40 }, (_, i) => `junk${i}=${'y'.repeat(30)}`).join('&');
  await page.goto(`/results#lang=en&participants=30&${junk}&${'z'.repeat(6000)}=1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'results:page.title'));
  const notice = page.locator('.notices');
  await expect(notice.getByRole('heading', { name: t('en', 'unreadable:linkPartial.title') })).toBeVisible();
  await expect(notice.locator('.notice-list > li')).toHaveCount(6); // five items and "and N more"
  await expect(notice.getByText(/^and \d+ more$/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: t('en', 'results:criteria.participants') })).toHaveValue('30');
});

/** What the address bar's test records in the page: the times of its rewrites, and the refusals. */
interface AddressProbe {
  writes: number[];
  refusing: boolean;
  refused: number;
}

test('the address bar: rewritten at most every 300 ms, and an update the browser refuses loses nothing', async ({ page, context }) => {
  await seedAnswers(context, freeSmallOffice, 'en');
  // Records each rewrite of the results address and, while the test says so, refuses it, as
  // Safari does after about 100 updates in 30 seconds.
  await page.addInitScript(() => {
    const probe: AddressProbe = { writes: [], refusing: false, refused: 0 };
    Object.assign(window, { addressProbe: probe });
    const original = History.prototype.replaceState;
    History.prototype.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
      if (String(args[2]).startsWith('/results#')) {
        if (probe.refusing) {
          probe.refused++;
          throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
        }
        probe.writes.push(Date.now());
      }
      original.apply(this, args);
    };
  });
  // Functions passed to evaluate run in the page, so each reads the probe off `window` itself.
  const probe = () => page.evaluate(() => (window as unknown as { addressProbe: AddressProbe }).addressProbe);
  const setProbe = (values: Partial<AddressProbe>) =>
    page.evaluate((v) => void Object.assign((window as unknown as { addressProbe: AddressProbe }).addressProbe, v), values);
  const field = page.getByRole('textbox', { name: t('en', 'results:criteria.participants') });
  const people = (participants: number) => resultsLink({ ...freeSmallOffice, participants }, 'en');
  await page.goto('/results');
  await expect(page).toHaveURL(people(5));

  // Eight changes typed in one go (one task of the page, however slow the machine): one rewrite,
  // with the last answers.
  await setProbe({ writes: [] });
  await field.evaluate((input: HTMLInputElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (const n of [31, 32, 33, 34, 35, 36, 37, 38]) {
      setValue.call(input, String(n));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await expect(page).toHaveURL(people(38));
  expect((await probe()).writes).toHaveLength(1);

  // Changes spread over a second or more: several rewrites, never two within 300 ms, the last wins.
  await setProbe({ writes: [] });
  for (const n of [11, 12, 13, 14, 15, 16, 17, 18]) {
    await field.fill(String(n));
    await page.waitForTimeout(120);
  }
  await expect(page).toHaveURL(people(18));
  const { writes } = await probe();
  expect(writes.length).toBeGreaterThan(1);
  // Timers may fire a millisecond early against Date.now(); 295 leaves room for that.
  for (let i = 1; i < writes.length; i++) expect(writes[i]! - writes[i - 1]!).toBeGreaterThanOrEqual(295);

  // The browser refuses every update, also the one after the last change; the page goes on.
  await setProbe({ refusing: true });
  for (const n of [19, 20, 21]) await field.fill(String(n));
  const refused = (await probe()).refused;
  await expect.poll(async () => (await probe()).refused, { timeout: 10_000 }).toBeGreaterThan(refused);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'results:page.title'));
  await expect(page).toHaveURL(people(18));
  // Once it allows updates again, the page tries again by itself and writes the last answers.
  await setProbe({ refusing: false });
  await expect(page).toHaveURL(people(21), { timeout: 10_000 });
  await expect.poll(() => readStored(page)).toMatchObject({ state: { answers: { participants: 21 } } });
});
