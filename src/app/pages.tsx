import type { Namespace } from '../i18n/namespaces';
import { whenSettled } from '../components/idle';
import { retryableLazy, type RetryableLazy } from '../components/retryable-lazy';

/**
 * Every page but the start page is split off. After the first screen shows, `preloadPages`
 * fetches them in the background, so a shaky connection does not stall the next click.
 * This is where features are composed: the results page gets the memo, which it may not import.
 */
const loadMemo = () => import('./deferred-memo').then((m) => ({ default: m.DeferredMemo }));

export const pages = {
  question: retryableLazy(() => import('../wizard/question-page').then((m) => ({ default: m.QuestionPage }))),
  check: retryableLazy(() => import('../wizard/check-answers-page').then((m) => ({ default: m.CheckAnswersPage }))),
  results: retryableLazy(() =>
    import('../results/results-page').then((page) => ({
      default: () => <page.ResultsPage loadMemo={loadMemo} />,
    })),
  ),
  compare: retryableLazy(() => import('../compare/compare-page').then((m) => ({ default: m.ComparePage }))),
  table: retryableLazy(() => import('../report-table/table-page').then((m) => ({ default: m.TablePage }))),
  about: retryableLazy(() => import('./about-page').then((m) => ({ default: m.AboutPage }))),
  updates: retryableLazy(() => import('../updates/updates-page').then((m) => ({ default: m.UpdatesPage }))),
  // Rarely seen, so not in the shell that every first load carries.
  notFound: retryableLazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage }))),
};

/**
 * The other pages' code, one page at a time, each in an idle moment of its own. All at once, they
 * made one task of about 140 ms with the CPU slowed four times: each page's styles, put into the
 * document with its code, make the browser work out the whole page's style again.
 */
export function preloadPages([page, ...rest] = Object.values(pages)): void {
  void page?.preload().then(() => whenSettled(() => preloadPages(rest), 0));
}

/**
 * The split-off page and locale namespaces a path needs, so they can be fetched at start-up in
 * parallel. Every page but the start page shows numbers or dates, in the words of `format`.
 */
export function firstPageNeeds(pathname: string): { page: RetryableLazy | null; namespaces: Namespace[] } {
  if (pathname.startsWith('/questions/')) return { page: pages.question, namespaces: ['wizard', 'results', 'format'] };
  if (pathname === '/check') return { page: pages.check, namespaces: ['wizard', 'results', 'catalog', 'format'] };
  // The catalog's words (rows, footnotes, general tips) come with the parts below the ranking.
  if (pathname === '/results') return { page: pages.results, namespaces: ['results', 'format'] };
  if (pathname === '/compare') return { page: pages.compare, namespaces: ['compare', 'results', 'catalog', 'updates', 'format'] };
  if (pathname === '/table') return { page: pages.table, namespaces: ['compare', 'results', 'catalog', 'updates', 'format'] };
  if (pathname === '/about') return { page: pages.about, namespaces: ['about', 'catalog', 'format'] };
  if (pathname === '/updates') return { page: pages.updates, namespaces: ['updates', 'catalog', 'format'] };
  return pathname === '/' ? { page: null, namespaces: ['start'] } : { page: pages.notFound, namespaces: [] };
}
