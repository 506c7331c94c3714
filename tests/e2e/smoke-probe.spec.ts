import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './helpers/test';
import { expectedRanking } from './helpers/app';
import { freeSmallOffice } from '../fixtures/answers';

test('probe', async ({ page }) => {
  console.log(expectedRanking(freeSmallOffice));
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  console.log('violations', r.violations.length, r.violations.map((v) => v.id));
});
