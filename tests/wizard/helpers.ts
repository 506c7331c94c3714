import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { renderAt } from '../render';

/**
 * The question and check pages are split off (lazy). Importing them once up front keeps each
 * test's first `findBy` from racing the module transform on a busy machine.
 */
export async function loadWizardPages() {
  await Promise.all([import('../../src/wizard/question-page'), import('../../src/wizard/check-answers-page')]);
}

/** Waits for the page's h1; generous, because the page arrives through React.lazy. */
export function findPageHeading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
}

/**
 * Waits for the new page's h1 and for it to take focus. The focus moves in an effect just after
 * the page is drawn, so a heading already on screen may not have it for a moment yet.
 */
export async function findFocusedPageHeading(name: string | RegExp) {
  const heading = await findPageHeading(name);
  await waitFor(() => expect(heading).toHaveFocus());
  return heading;
}

/** Renders the app at `path` and waits until the lazy page has shown its h1. */
export async function renderPage(...args: Parameters<typeof renderAt>) {
  const result = await renderAt(...args);
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  return result;
}
