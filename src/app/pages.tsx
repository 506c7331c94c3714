import type { Namespace } from '../i18n/namespaces';
import { whenSettled } from '../components/idle';
import { retryableLazy, type RetryableLazy } from '../components/retryable-lazy';

/**
 * Every page but the start page is split off. After the first screen shows, `preloadPages`
 * fetches them in the background, so a shaky connection does not stall the next click.
 * This is where features are composed: the results page gets the memo, which it may not import.
 */
const loadMemo = () => import('./deferred-memo').then((m) => ({ default: m.DeferredMemo }));

/** Each page by its route's path. */
export const pages = {
  'questions/:stepId': retryableLazy(() => import('../wizard/question-page').then((m) => ({ default: m.QuestionPage }))),
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
  'own-tools': retryableLazy(() => import('../own-tools/own-tools-page').then((m) => ({ default: m.OwnToolsPage }))),
  clients: retryableLazy(() => import('../clients/clients-page').then((m) => ({ default: m.ClientsPage }))),
  // Rarely seen, so not in the shell that every first load carries.
  '*': retryableLazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage }))),
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
 * The locale namespaces each split-off page needs besides `common`, by path. Every page but the
 * start page shows numbers or dates, in the words of `format`, added below. The catalog's words
 * (rows, footnotes, general tips) come with the parts below the results' ranking.
 */
const pageTexts: Record<string, Namespace[]> = {
  'questions/:stepId': ['wizard', 'results'],
  check: ['wizard', 'results', 'catalog'],
  results: ['results'],
  compare: ['compare', 'results', 'catalog', 'updates'],
  table: ['compare', 'results', 'catalog', 'updates'],
  about: ['about', 'catalog'],
  updates: ['updates', 'catalog'],
  'own-tools': ['own', 'catalog', 'results'],
  clients: ['clients', 'catalog'],
};

/**
 * The split-off page and locale namespaces a path needs, so they can be fetched at start-up in
 * parallel.
 */
export function firstPageNeeds(pathname: string): { page: RetryableLazy | null; namespaces: Namespace[] } {
  if (pathname === '/') return { page: null, namespaces: ['start'] };
  const path = pathname.startsWith('/questions/') ? 'questions/:stepId' : (pathname.slice(1) as keyof typeof pages);
  const texts = Object.hasOwn(pageTexts, path) ? pageTexts[path] : undefined;
  return texts ? { page: pages[path], namespaces: [...texts, 'format'] } : { page: pages['*'], namespaces: ['about'] };
}
