import { retryableLazy } from './retryable-lazy';

/**
 * Every page but the start page is split off. After the first screen shows, `preloadPages`
 * fetches them in the background, so a shaky connection does not stall the next click.
 */
export const pages = {
  question: retryableLazy(() => import('../wizard/question-page').then((m) => ({ default: m.QuestionPage }))),
  check: retryableLazy(() => import('../wizard/check-answers-page').then((m) => ({ default: m.CheckAnswersPage }))),
  results: retryableLazy(() => import('../results/results-page').then((m) => ({ default: m.ResultsPage }))),
  compare: retryableLazy(() => import('../results/compare-page').then((m) => ({ default: m.ComparePage }))),
  table: retryableLazy(() => import('../results/table-page').then((m) => ({ default: m.TablePage }))),
  about: retryableLazy(() => import('./about-page').then((m) => ({ default: m.AboutPage }))),
};

export function preloadPages() {
  for (const page of Object.values(pages)) page.preload();
}
