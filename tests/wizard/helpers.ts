import { screen } from '@testing-library/react';
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

/** Renders the app at `path` and waits until the lazy page has shown its h1. */
export async function renderPage(...args: Parameters<typeof renderAt>) {
  const result = await renderAt(...args);
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  return result;
}
