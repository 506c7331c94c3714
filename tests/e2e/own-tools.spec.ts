import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { printMemo, resultsLink } from './helpers/app';
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

  // The memo names the own list and the sources its verdicts cite, once; the link is too long for a code.
  await printMemo(page, 'nl');
  const own = page.locator('[data-memo-own]');
  await expect(own).toContainText(example.title);
  await expect(own).toContainText('[r3] Wire support, ‘Security’');
  await expect(page.locator('[data-memo-long-link]')).toBeVisible();
  await expect(page.locator('[data-memo] svg[role="img"]')).toHaveCount(0);
  await page.emulateMedia({ media: null });

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
  await expect(alert).toContainText(`${t('nl', 'own:place.tool', { n: 4, name: 'Wire' })}, ${t('nl', 'own:place.row', { row: t('nl', 'catalog:rows.e2e') })}, ${t('nl', 'own:place.field', { field: t('nl', 'own:fields.source') })}: ${t('nl', 'own:problems.sourceMissing')}`);
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

test('a tool added by hand is checked as a file is, its problems shown at their fields, then ranked', async ({ page }) => {
  await page.goto('/own-tools');
  await page.locator('[data-own-add]').click();
  const editor = page.locator('[data-own-editor]');
  await expect(editor.getByRole('heading', { level: 2 })).toBeFocused();
  await editor.getByLabel(t('nl', 'own:editor.listTitle'), { exact: true }).fill('Mijn lijst');
  await editor.getByLabel(t('nl', 'own:editor.listPublisher'), { exact: true }).fill('Bureau X');
  await editor.getByLabel(t('nl', 'own:editor.name'), { exact: true }).fill('Jitsi as a Service');
  const e2e = editor.locator('[data-row-id="e2e"]');
  await e2e.locator('select').first().selectOption('yes');
  await page.locator('[data-own-editor-save]').click();
  // The provider is missing and the encryption names no source: a summary that takes focus, and each message at its field.
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await expect(e2e.locator('.field-error')).toHaveText(/bron/);
  await summary.getByRole('link').last().click();
  await expect(e2e.getByLabel(t('nl', 'own:editor.source'), { exact: true })).toBeFocused();
  expect(await savedOwn(page)).toBeNull();

  await editor.getByLabel(t('nl', 'own:editor.provider'), { exact: true }).fill('8x8');
  await e2e.getByLabel(t('nl', 'own:editor.source'), { exact: true }).selectOption('new');
  await e2e.getByLabel(t('nl', 'own:editor.sourceFields.publisher')).fill('8x8');
  await e2e.getByLabel(t('nl', 'own:editor.sourceFields.title')).fill('Security whitepaper');
  await e2e.getByLabel(t('nl', 'own:editor.sourceFields.url')).fill('https://8x8.com/security');
  await page.locator('[data-own-editor-save]').click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.locator('[data-own-status]')).toContainText('Jitsi as a Service');
  const saved = JSON.parse((await savedOwn(page))!) as { catalog: { tools: { id: string; cells: Record<string, unknown> }[]; sources: Record<string, unknown> } };
  expect(saved.catalog.tools[0]!.id).toBe('jitsi-as-a-service');
  expect(saved.catalog.tools[0]!.cells.e2e).toEqual({ value: true, source: 's1' });
  expect(saved.catalog.sources.s1).toEqual({ publisher: '8x8', title: 'Security whitepaper', url: 'https://8x8.com/security' });

  // Unknown on every other row, but ranked: its card carries its own mark.
  await page.goto(resultsLink({ ...answers, importance: { e2e: 'nice' } }, 'nl', 'current'));
  await expect(page.locator('[data-tool-id="jitsi-as-a-service"]')).toHaveAttribute('data-source', 'own');
});
