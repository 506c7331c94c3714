import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { currentCatalog, printMemo, reportCatalog, seedAnswers, toolName } from './helpers/app';
import { t } from './helpers/i18n';
import { freeSmallOffice, profiles } from '../fixtures/answers';
import { rank, type Answers } from '../../src/scoring';
import { toLinkParams } from '../../src/share/link-write';
import type { Lang } from '../../src/share/languages';

/** Pages in a PDF that Chromium printed: one page object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** Opens the results (unless already there) and prints them, in Dutch unless told. */
async function printView(page: Page, open = true, lang: Lang = 'nl') {
  if (open) await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await printMemo(page, lang);
}

test('printing the results gives the memo: the client, the choice, the tools and the link, nothing else', async ({ page, context, baseURL }) => {
  await seedAnswers(context, freeSmallOffice, 'nl');
  await page.goto('/results');
  await page.getByRole('textbox', { name: t('nl', 'sharing:memo.clientName') }).fill('Bakkerij De Korrel');
  await printView(page);

  const memo = page.locator('[data-memo]');
  await expect(memo).toBeVisible();
  await expect(memo.getByText(t('nl', 'memo:heading'), { exact: true })).toBeVisible();
  await expect(memo.getByText(t('nl', 'memo:client', { name: 'Bakkerij De Korrel' }), { exact: true })).toBeVisible();
  // No tool marked: the tools that fit best, never an unmarked "choice".
  const [first] = rank(reportCatalog, freeSmallOffice);
  await expect(memo.getByRole('heading', { name: t('nl', 'memo:bestTitle') })).toBeVisible();
  await expect(memo.locator('[data-best]')).toContainText(toolName(first!.toolId));
  await expect(memo.getByRole('heading', { name: new RegExp(t('nl', 'memo:choiceTitle', { tool: '.*' })) })).toHaveCount(0);
  await expect(memo.getByText(t('nl', 'catalog:source.disclaimer'), { exact: false }).first()).toBeVisible();
  await expect(memo.getByText(`${baseURL}/results#${toLinkParams(freeSmallOffice, 'nl')}`, { exact: true })).toBeVisible();

  // The screen's page is not printed: no navigation, no cards, no buttons, no form fields.
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.locator('[data-tool-id][data-eligible]:visible')).toHaveCount(0);
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('input:visible, select:visible, textarea:visible')).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
});

const everything: Answers = { participants: 2, hosting: 'either', budget: 'paid-ok', includeDiscontinued: true, importance: Object.fromEntries(
  ['groupChat', 'oneToOneCalls', 'groupCalls', 'browser', 'multiPlatform', 'dpa', 'dataInEU', 'transitEncryption'].map((c) => [c, 'nice']),
) };

const cases = [
  ...Object.entries(profiles).map(([name, answers]) => [name, answers, 'report'] as const),
  ['every tool fits, many points weighed', everything, 'report'] as const,
  // The known changes add each tool's updates and the shared US-transfer story to the memo.
  ['secureLargeCompany, current data', profiles.secureLargeCompany, 'current'] as const,
  ['freeSmallOffice, current data', profiles.freeSmallOffice, 'current'] as const,
];

for (const [name, answers, dataSet] of cases) {
  test(`the memo for "${name}" fits its pages on A4, with 1,000 characters of notes`, async ({ page, context }) => {
    await seedAnswers(context, answers, 'nl', dataSet);
    await page.goto('/results');
    await page.getByRole('textbox', { name: t('nl', 'sharing:memo.notes') }).fill('Aantekening. '.repeat(77).slice(0, 1000));
    await printView(page);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const eligible = rank(dataSet === 'current' ? currentCatalog : reportCatalog, answers).filter((r) => r.eligible).length;
    expect(pageCount(pdf), `${eligible} tools fit`).toBeLessThanOrEqual(eligible <= 4 ? 2 : 3);
  });
}

// The longest memos: a marked tool with many changes since the report (Teams on current data),
// among four tools that fit, a long client name, the sensitivity line, in both languages,
// opened from a link (whose importances stand as they are).
const teamsFits: Answers = { participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: { e2e: 'must', dataInEU: 'must', joinWithoutAccount: 'must', dpa: 'nice' } };
for (const lang of ['nl', 'en'] as const) {
  test(`the memo for Teams marked on current data, with a long name and special-category data, fits two pages in ${lang}`, async ({ page }) => {
    const extras = { dataSet: 'current', sensitivity: 'special', choice: 'teams' } as const;
    const eligible = rank(currentCatalog, teamsFits).filter((r) => r.eligible);
    expect(eligible.map((r) => r.toolId)).toContain('teams');
    expect(eligible.length).toBeLessThanOrEqual(4);
    await page.goto(`/results#${toLinkParams(teamsFits, lang, extras)}`);
    await page.getByRole('textbox', { name: t(lang, 'sharing:memo.clientName') }).fill('Huisartsenpraktijk '.repeat(6).slice(0, 100));
    await page.getByRole('textbox', { name: t(lang, 'sharing:memo.notes') }).fill('Note. '.repeat(200).slice(0, 1000));
    await printView(page, false, lang);
    await expect(page.locator('[data-memo]').getByRole('heading', { name: new RegExp(t(lang, 'memo:choiceTitle', { tool: toolName('teams') })) })).toBeVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });
}
