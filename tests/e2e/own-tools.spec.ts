import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { resultsLink } from './helpers/app';
import { t } from './helpers/i18n';
import type { Answers } from '../../src/scoring';

// Issue 22: a consultant's own tools, kept beside the report: imported, ranked, compared, exported,
// carried by a link, and refused whole when a file breaks the rules.

const exampleText = readFileSync(new URL('../../src/catalog/examples/european-tools.nl.json', import.meta.url), 'utf8');
const example = JSON.parse(exampleText) as { title: string; tools: { id: string; name: string; cells: Record<string, { source?: string }> }[] };
const ownKey = 'videobelwijzer-own';

/** End-to-end encryption and data in the EU both weighed: own tools land among the report's. */
const answers: Answers = {
  participants: 4, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false,
  importance: { e2e: 'must', dataInEU: 'nice', euController: 'nice' },
};

const importFile = (page: Page, name: string, text: string) =>
  page.locator('input[type=file][data-catalog-import]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const rows = (page: Page) => page.locator('[data-own-tool-id]');
const savedOwn = (page: Page) => page.evaluate((key) => localStorage.getItem(key), ownKey);

test('a file is imported, ranked with the report\'s tools, compared, exported unchanged, and a deletion undone', async ({ page }) => {
  await page.goto('/own-tools');
  await expect(page.locator('[data-own-empty]')).toBeVisible();
  await importFile(page, 'europese-tools.json', exampleText);
  await expect(rows(page)).toHaveCount(5);
  await expect(page.locator('[data-own-status]')).toContainText(example.title);

  // Export: the file a colleague gets imports as it is.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-catalog-export]').click()]);
  expect(download.suggestedFilename()).toBe('voorbeeldset-vijf-europese-tools-2026-12.json');
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(JSON.parse(exampleText));

  // Delete, then Undo.
  await page.getByRole('button', { name: t('nl', 'own:list.deleteName', { name: 'Wire' }) }).click();
  await expect(rows(page)).toHaveCount(4);
  await page.locator('[data-own-undo]').click();
  await expect(rows(page)).toHaveCount(5);

  // The ranking: own tools carry their id, their source and "Added by", and never cite the report.
  await page.goto(resultsLink(answers, 'nl', 'current'));
  const wire = page.locator('[data-tool-id="wire"]');
  await expect(wire).toHaveAttribute('data-source', 'own');
  await expect(wire.locator('[data-own-mark]')).toHaveText(t('nl', 'own:marks.addedBy', { publisher: 'Videobelwijzer' }));
  await expect(page.locator('[data-own-included]')).toContainText(example.title);
  const ownRows = wire.locator('li[data-source="own"]');
  await expect(ownRows.first()).toBeVisible();
  for (const text of await ownRows.allTextContents()) expect(text).not.toContain('volgens het rapport');

  // Compare takes them like any other tool.
  await page.goto('/compare?tools=wire,zoom');
  await expect(page.locator('[data-tool-id="wire"]:visible').first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Nextcloud Talk/ })).toBeVisible();
});

test('a file that breaks the rules is refused whole, each wrong place named, and nothing saved changes', async ({ page }) => {
  await page.goto('/own-tools');
  await page.locator('[data-own-example]').click();
  await expect(rows(page)).toHaveCount(5);
  const before = await savedOwn(page);
  const broken = JSON.parse(exampleText) as typeof example & { tools: { cells: Record<string, { source?: string }> }[] };
  delete broken.tools[3]!.cells.e2e!.source;
  broken.tools[0]!.id = 'zoom';
  await importFile(page, 'broken.json', JSON.stringify(broken));
  const alert = page.getByRole('alert');
  await expect(alert).toBeFocused();
  await expect(alert).toContainText(`${t('nl', 'own:place.tool', { n: 4, name: 'Wire' })}, ${t('nl', 'own:place.row', { row: t('nl', 'catalog:rows.e2e') })}, ${t('nl', 'own:place.field', { field: 'source' })}: ${t('nl', 'own:problems.sourceMissing')}`);
  await expect(alert).toContainText(t('nl', 'own:problems.reportToolId', { id: 'zoom' }));
  expect(await savedOwn(page)).toBe(before);
  // Not JSON at all, dropped on the page.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{ not json'], 'notes.txt', { type: 'text/plain' }));
    document.querySelector('.own-tools')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText(t('nl', 'own:problems.notJson'));
  expect(await savedOwn(page)).toBe(before);
});

test('a results link carries the own tools to another browser, which saves them only when asked', async ({ page, browser }) => {
  await page.goto('/own-tools');
  await page.locator('[data-own-example]').click();
  await expect(rows(page)).toHaveCount(5);
  await page.goto(resultsLink(answers, 'en', 'current'));
  await expect(page.locator('[data-tool-id="wire"]')).toBeVisible();
  await expect.poll(() => page.url()).toMatch(/&own=[A-Za-z0-9_-]{100,}&lang=en$/);
  const link = page.url();

  const other = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const fresh = await other.newPage();
    await fresh.goto(link);
    const wire = fresh.locator('[data-tool-id="wire"]');
    await expect(wire.locator('[data-own-mark]')).toHaveText(t('en', 'own:marks.fromLink', { publisher: 'Videobelwijzer' }));
    expect(await savedOwn(fresh)).toBeNull();
    await fresh.locator('[data-own-save-link]').click();
    await expect(wire.locator('[data-own-mark]')).toHaveText(t('en', 'own:marks.addedBy', { publisher: 'Videobelwijzer' }));
    expect(JSON.parse((await savedOwn(fresh))!).catalog.tools).toHaveLength(5);

    // A tampered part: said so, and the ranking goes on without it.
    const tampered = await other.newPage();
    await tampered.goto(link.replace(/own=[A-Za-z0-9_-]{12}/, 'own=AAAAAAAAAAAA'));
    await expect(tampered.locator('[data-own-link-problem]')).toHaveText(` ${t('en', 'own:top.linkProblem')}`);
  } finally {
    await other.close();
  }
});
