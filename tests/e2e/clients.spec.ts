import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers/test';
import { expectedRanking, langKey, printMemo, resultsLink, shownRanking, storedEntry, toolName } from './helpers/app';
import { t } from './helpers/i18n';
import { freeSmallOffice, secureLargeCompany, selfHoster } from '../fixtures/answers';

// A consultant's day (issue 23): clients each on their own, present mode, the client's file,
// and storage that holds up. Clients are seeded as the app stores them, one key each.

const clientKey = (id: string) => `videobelwijzer-client-${id}`;

/** Saves clients before the app's first script runs (only once: a reload keeps what the test changed). */
async function seedClients(context: BrowserContext, clients: { id: string; name: string; notes?: string; answers: typeof secureLargeCompany; choice?: string }[], lang = 'nl') {
  const entries: [string, string][] = clients.map((c, i) => {
    const entry = JSON.parse(storedEntry(c.answers, 'report', true, { name: c.name, notes: c.notes ?? '' }));
    entry.state.choice = c.choice ?? null;
    // The first is the one changed last: a new tab opens it.
    entry.changed = new Date(Date.UTC(2026, 11, 7, 12 - i)).toISOString();
    return [clientKey(c.id), JSON.stringify(entry)];
  });
  entries.push([langKey, lang]);
  await context.addInitScript((list) => {
    if (!location.protocol.startsWith('http') || localStorage.getItem('seeded') !== null) return;
    for (const [key, value] of list) localStorage.setItem(key, value);
    localStorage.setItem('seeded', '1');
  }, entries);
}

const notesField = (page: Page, lang = 'nl') => page.getByRole('textbox', { name: t(lang as 'nl', 'sharing:memo.notes') });
const nameField = (page: Page, lang = 'nl') => page.getByRole('textbox', { name: t(lang as 'nl', 'sharing:memo.clientName') });

test('a link for the next client opens as a new client: its memo has no trace of the one before', async ({ page, context }) => {
  await page.goto(resultsLink(secureLargeCompany, 'nl'));
  await nameField(page).fill('Huisartsenpraktijk Jansen');
  await notesField(page).fill('Patiëntgegevens! Vertrouwelijk.');
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('videobelwijzer-client-')).length)).toBe(1);

  // The next client's link, in a new tab.
  const next = await context.newPage();
  await next.goto(resultsLink(freeSmallOffice, 'nl'));
  expect(await shownRanking(next)).toEqual(expectedRanking(freeSmallOffice));
  const notice = next.locator('[data-notice="linkClient"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Huisartsenpraktijk Jansen');
  await expect(nameField(next)).toHaveValue('');
  await expect(notesField(next)).toHaveValue('');
  await printMemo(next, 'nl');
  const memo = next.locator('[data-memo]');
  await expect(memo).toBeVisible();
  await expect(memo).not.toContainText('Jansen');
  await expect(memo).not.toContainText('Vertrouwelijk');

  // The first tab still has its client, untouched; the way back opens it in the second tab too.
  await page.reload();
  await expect(nameField(page)).toHaveValue('Huisartsenpraktijk Jansen');
  await next.emulateMedia({ media: 'screen' });
  await next.locator('[data-back-to-client]').click();
  await expect(nameField(next)).toHaveValue('Huisartsenpraktijk Jansen');
  expect(await shownRanking(next)).toEqual(expectedRanking(secureLargeCompany));
});

test('the Clients page works by keyboard: open, rename, delete and undo', async ({ page, context }) => {
  await seedClients(context, [
    { id: 'jansen', name: 'Huisartsenpraktijk Jansen', answers: secureLargeCompany },
    { id: 'bakker', name: 'Bakkerij Bakker', answers: freeSmallOffice, choice: 'zoom' },
  ]);
  await page.goto('/clients');
  const rows = page.locator('[data-client-id]');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).locator('[data-top-tool]')).toContainText(toolName('zoom'));

  /** Tabs until the button is focused, then presses Enter. */
  async function press(name: string, within = page.locator('body')) {
    const target = within.getByRole('button', { name, exact: true });
    for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
  }

  const bakker = page.locator('[data-client-id="bakker"]');
  await press(t('nl', 'clients:rename'), bakker);
  await expect(bakker.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Bakkerij Bakker & Zn');
  await page.keyboard.press('Enter');
  await expect(bakker.getByRole('heading', { level: 3 })).toHaveText('Bakkerij Bakker & Zn');

  await press(t('nl', 'clients:delete'), bakker);
  await expect(bakker).toHaveCount(0);
  await press(t('nl', 'clients:undo'));
  await expect(page.locator('[data-client-id="bakker"]')).toHaveCount(1);

  await press(t('nl', 'clients:open'), page.locator('[data-client-id="bakker"]'));
  await expect(page).toHaveURL(/\/results/);
  expect(await shownRanking(page)).toEqual(expectedRanking(freeSmallOffice));
  await expect(nameField(page)).toHaveValue('Bakkerij Bakker & Zn');
});

test('present mode hides the notes and the other clients on screen; the printed memo keeps the notes', async ({ page, context }) => {
  await seedClients(context, [
    { id: 'jansen', name: 'Huisartsenpraktijk Jansen', notes: 'Patiëntgegevens! Vertrouwelijk.', answers: secureLargeCompany },
    { id: 'bakker', name: 'Bakkerij Bakker', answers: freeSmallOffice },
  ]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/results');
  await expect(notesField(page)).toHaveValue('Patiëntgegevens! Vertrouwelijk.');
  const bar = page.locator('[data-client-bar]');
  await bar.getByRole('button', { name: t('nl', 'clients:present.on') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
  await expect(page.locator('[data-present-badge]')).toBeVisible();
  await expect(notesField(page)).toBeHidden();
  await expect(page.getByText('Patiëntgegevens')).toBeHidden();
  // The header's menu names no other client.
  await bar.locator('summary').click();
  await expect(bar).not.toContainText('Bakkerij Bakker');
  await expect(bar).toContainText(t('nl', 'clients:bar.hidden'));

  // It belongs to the tab and survives a reload; the larger type, and no sideways scroll at 1280 × 720.
  await page.reload();
  await expect(page.locator('[data-present-badge]')).toBeVisible();
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(22);
  await expect(notesField(page)).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  // The summary is on the first screen.
  const summary = await page.locator(".results__summary").boundingBox();
  expect(summary && summary.y + summary.height).toBeLessThanOrEqual(720);
  for (const path of ['/compare', '/table']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(1280);
  }
  await page.goto('/clients');
  await expect(page.locator('[data-client-id]')).toHaveCount(0);
  await expect(page.getByText(t('nl', 'clients:present.listHidden'))).toBeVisible();

  // Paper is not the screen: the memo keeps its notes.
  await page.goto('/results');
  await printMemo(page, 'nl');
  await expect(page.locator('[data-memo]')).toContainText('Patiëntgegevens! Vertrouwelijk.');
  await page.emulateMedia({ media: 'screen' });

  // One click switches it off.
  await page.locator('[data-present-badge]').getByRole('button').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-present', '');
  await expect(notesField(page)).toBeVisible();
});

test('export, then import in a fresh browser, gives the same results page', async ({ page, context, browser }) => {
  await seedClients(context, [{ id: 'jansen', name: 'Huisartsenpraktijk Jansen', notes: 'Besluit: vergadering 12 december.', answers: selfHoster, choice: 'jitsi' }], 'en');
  await page.goto('/results');
  const ranking = await shownRanking(page);
  const downloading = page.waitForEvent('download');
  await page.locator('[data-export-client]').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^videobelwijzer-huisartsenpraktijk-jansen-\d{4}-\d\d-\d\d\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'videobelwijzer-client', version: 1, client: { name: 'Huisartsenpraktijk Jansen' }, choice: 'jitsi', ranking: { verdictsOf: ['jitsi'] } });
  expect(file.basis.report).toMatchObject({ publisher: 'Grant Thornton', year: 2020 });
  // The memo's small print names the export, so paper and file can be matched.
  await printMemo(page, 'en');
  await expect(page.locator('[data-memo-record]')).toContainText(file.app.version);
  await expect(page.locator('[data-memo-record]')).toContainText(t('en', 'memo:record.exported', { moment: '' }).replace(/\s*$/, ''));

  const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin, serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/clients');
  await other.locator('input[type=file][data-import-client]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.getByRole('status').filter({ hasText: 'Huisartsenpraktijk Jansen' })).toBeVisible();
  // It opens in the language it was exported in.
  await other.goto('/results');
  expect(await shownRanking(other)).toEqual(ranking);
  await expect(nameField(other, 'en')).toHaveValue('Huisartsenpraktijk Jansen');
  await expect(notesField(other, 'en')).toHaveValue('Besluit: vergadering 12 december.');
  await expect(other.locator(`[data-tool-id="jitsi"] [data-our-choice]`)).toHaveCount(1);

  // A file from a newer version is refused, and nothing saved changes.
  await other.goto('/clients');
  const before = await other.evaluate(() => JSON.stringify(localStorage));
  await other.locator('input[type=file][data-import-client]').setInputFiles({ name: 'next.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...file, version: 2 })) });
  await expect(other.getByText(t('en', 'clients:problems.newerVersion'), { exact: false })).toBeVisible();
  expect(await other.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  await fresh.close();
});

test('50 clients with notes of 1,000 characters: listed, and each opens', async ({ page, context }) => {
  const many = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, name: `Klant ${i + 1}`, notes: String(i % 10).repeat(1000), answers: { ...secureLargeCompany, participants: 10 + i } }));
  await seedClients(context, many);
  await page.goto('/clients');
  await expect(page.locator('[data-client-id]')).toHaveCount(50);
  await page.locator('[data-client-id="c49"]').getByRole('button', { name: t('nl', 'clients:open'), exact: true }).click();
  await expect(nameField(page)).toHaveValue('Klant 50');
  await expect(notesField(page)).toHaveValue('9'.repeat(1000));
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('a full storage names the client it could not save, and keeps what was typed on the page', async ({ page, context }) => {
  await seedClients(context, [{ id: 'jansen', name: 'Huisartsenpraktijk Jansen', answers: secureLargeCompany }]);
  await page.goto('/results');
  await expect(nameField(page)).toHaveValue('Huisartsenpraktijk Jansen');
  // Fill the rest of the storage.
  await page.evaluate(() => {
    const block = 'x'.repeat(100_000);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, block);
      } catch {
        for (let size = 50_000; size > 10; size = Math.floor(size / 2)) {
          try {
            localStorage.setItem(`filler-${i}-${size}`, 'x'.repeat(size));
          } catch {
            // smaller next
          }
        }
        return;
      }
    }
  });
  await notesField(page).fill('Getypt terwijl de opslag vol is.');
  const notice = page.getByRole('heading', { level: 2, name: /Huisartsenpraktijk Jansen/ });
  await expect(notice).toBeVisible();
  await expect(notesField(page)).toHaveValue('Getypt terwijl de opslag vol is.');
});

test('two tabs: two clients both keep their changes; one client shows the other tab\'s change at once', async ({ page, context }) => {
  await seedClients(context, [
    { id: 'jansen', name: 'Huisartsenpraktijk Jansen', answers: secureLargeCompany },
    { id: 'bakker', name: 'Bakkerij Bakker', answers: freeSmallOffice },
  ]);
  await page.goto('/results');
  await expect(nameField(page)).toHaveValue('Huisartsenpraktijk Jansen');
  const second = await context.newPage();
  await second.goto('/clients');
  await second.locator('[data-client-id="bakker"]').getByRole('button', { name: t('nl', 'clients:open'), exact: true }).click();
  await expect(nameField(second)).toHaveValue('Bakkerij Bakker');

  await notesField(page).fill('Notitie Jansen');
  await notesField(second).fill('Notitie Bakker');
  const notesOf = (id: string) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').state?.client?.notes, clientKey(id));
  await expect.poll(() => notesOf('jansen')).toBe('Notitie Jansen');
  await expect.poll(() => notesOf('bakker')).toBe('Notitie Bakker');

  // The same client in both tabs: the last change wins, and the other tab shows it.
  await page.reload();
  await second.goto('/clients');
  await second.locator('[data-client-id="jansen"]').getByRole('button', { name: t('nl', 'clients:open'), exact: true }).click();
  await expect(notesField(second)).toHaveValue('Notitie Jansen');
  await notesField(second).fill('Later in het tweede tabblad');
  await expect(notesField(page)).toHaveValue('Later in het tweede tabblad', { timeout: 1000 });
});
