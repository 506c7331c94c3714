import type { Page } from '@playwright/test';
import { test, expect } from './helpers/test';
import { reportCatalog, seedAnswers, toolName } from './helpers/app';
import { t } from './helpers/i18n';
import { secureLargeCompany } from '../fixtures/answers';

const visibleToolIds = (page: Page) =>
  page.locator('[data-tool-id]:visible').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-tool-id')))]);

test.describe('compare', () => {
  test('shows the chosen tools side by side on a desktop', async ({ page, context }) => {
    await seedAnswers(context, secureLargeCompany, 'en');
    await page.goto('/compare?tools=teams,jitsi,signal');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'compare:view.title'));
    await expect(page.getByRole('table')).toBeVisible();
    await expect.poll(async () => (await visibleToolIds(page)).sort()).toEqual(['jitsi', 'signal', 'teams']);
    for (const id of ['teams', 'jitsi', 'signal']) {
      await expect(page.getByRole('columnheader').filter({ hasText: toolName(id) })).toBeVisible();
    }
  });

  test('shows the chosen tools as cards on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/compare?tools=zoom,webex');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'compare:view.title'));
    await expect(page.getByRole('table')).toBeHidden();
    await expect.poll(async () => (await visibleToolIds(page)).sort()).toEqual(['webex', 'zoom']);
    // Each card is headed by its tool (h2); "before you start", loaded later, names them again at h3.
    for (const id of ['zoom', 'webex']) await expect(page.getByRole('heading', { level: 2, name: toolName(id), exact: true })).toBeVisible();
  });

  test('ticking a tool adds it to the comparison and the link', async ({ page }) => {
    await page.goto('/compare?tools=zoom,webex');
    // click, not check(): the box is controlled by the URL, which the router updates in a transition.
    const jitsi = page.getByRole('checkbox', { name: toolName('jitsi'), exact: true });
    await jitsi.click();
    await expect(jitsi).toBeChecked();
    await expect(page).toHaveURL(/[?&]tools=[^&]*jitsi/);
    await expect.poll(async () => (await visibleToolIds(page)).sort()).toEqual(['jitsi', 'webex', 'zoom']);
  });
});

test.describe('the report table', () => {
  test('shows all 200 cells, the footnote markers and the legend', async ({ page }) => {
    await page.goto('/table');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'compare:table.title'));
    const cells = page.locator('td[data-tool-id][data-row-id]');
    await expect(cells).toHaveCount(200);
    const pairs = await cells.evaluateAll((els) => els.map((el) => `${el.getAttribute('data-tool-id')}/${el.getAttribute('data-row-id')}`));
    expect(new Set(pairs).size).toBe(200);
    for (const tool of reportCatalog.tools) await expect(page.getByRole('columnheader', { name: tool.name, exact: true })).toBeVisible();

    // Every footnote the catalog puts on a cell is marked in that cell, and points to its text on this page.
    for (const tool of reportCatalog.tools) {
      for (const [row, cell] of Object.entries(tool.cells)) {
        for (const n of cell.footnotes ?? []) {
          const marker = page.locator(`td[data-tool-id="${tool.id}"][data-row-id="${row}"]`).getByRole('link', { name: t('nl', 'results:footnoteLabel', { id: n }) });
          await expect(marker).toHaveAttribute('href', `#footnote-${n}`);
        }
      }
    }
    for (const n of [1, 2, 3, 4, 5, 6]) await expect(page.locator(`#footnote-${n}`)).toContainText(t('nl', `catalog:footnotes.${n}`));

    const legend = page.getByRole('region', { name: t('nl', 'compare:table.legend.title') });
    await expect(legend).toBeVisible();
    for (const key of ['yes', 'no', 'notApplicable', 'planned', 'orMore', 'footnote']) {
      await expect(legend.getByText(t('nl', `compare:table.legend.${key}`), { exact: true })).toBeVisible();
    }
  });
});
