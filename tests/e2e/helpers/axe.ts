import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core on the whole page; returns one readable line per violation and element. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe.run() inside the page itself. The default mode merges per-frame
  // results in an extra blank page, which doubles the time; the app has no frames to merge.
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}
