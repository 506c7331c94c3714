import { memo, Suspense, useDeferredValue, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getTool } from '../catalog/report';
import type { DataSet } from '../catalog/types';
import { useCatalog, useDataSet } from '../components/use-catalog';
import { Callout } from '../components/callout';
import { jumpTo } from '../components/footnote-ref';
import { IdlePart } from '../components/lazy-part';
import { Later } from '../components/later';
import { PageHeading } from '../components/page-heading';
import { TextsGate } from '../components/texts-gate';
import { useAnswers, useRanking } from '../components/use-ranking';
import { ourChoice } from '../components/our-choice';
import type { Answers } from '../scoring/types';
import { paths, stepIds } from '../share/routes';
import { useStore } from '../state/store';
import { AdjustPanel } from './adjust-panel';
import { ResultsTop } from './results-top';
import { ToolCard } from './tool-card';
import { UnsuitableList } from './unsuitable-list';
import './results.css';

interface Props {
  /** Loads the printed advice memo, composed in by the app (features do not import each other). */
  loadMemo?: () => Promise<{ default: ComponentType }>;
}

const relaxTexts = ['relax'] as const;
const wizardTexts = ['wizard'] as const;
const footerTexts = ['sharing', 'catalog'] as const;
const loadLoosenings = () => import('./relaxation-hints').then((m) => ({ default: m.Loosenings }));

/** Below the ranking: the report's general tips, sharing and printing, the footnotes. Fetched once the page is idle. */
const loadFooter = () => import('./results-footer').then((m) => ({ default: m.ResultsFooter }));

/** The element the skip link leads to: the list of tools that fit, or what stands in its place. */
const listAnchor = 'results-list';

/** What the ranking follows: the answers and the data set a moment after the control that changed them. */
function useRankedOn() {
  return { answers: useAnswers(true), dataSet: useDeferredValue(useDataSet()), choice: useStore((s) => s.choice) };
}

/** The top of the results: the summary and what settles it (see ResultsTop). */
function TopSection() {
  const { answers, dataSet, choice } = useRankedOn();
  return <ResultsTop answers={answers} dataSet={dataSet} catalog={useCatalog(dataSet)} choice={choice} />;
}

/**
 * The ranking follows the answers a moment after the control that changed them: the click paints
 * at once, and the ranking draws once, with the new answers, right after.
 */
function ListSection() {
  const { answers, dataSet, choice } = useRankedOn();
  return <Ranking answers={answers} dataSet={dataSet} choice={choice} />;
}

/** The tools that fit as cards, with their shared places; then the loosenings and the tools that do not fit. */
const Ranking = memo(function Ranking({ answers, dataSet, choice }: { answers: Answers; dataSet: DataSet; choice: string | null }) {
  const { t } = useTranslation('results');
  const catalog = useCatalog(dataSet);
  const { eligible, ineligible, places } = useRanking(answers, catalog);
  const chosen = ourChoice(choice, eligible).result?.toolId;
  // Each card offers to compare its tool with the best fits (a card compares them by value).
  const top = eligible.length > 1 ? eligible.slice(0, 3).map((r) => r.toolId) : [];
  return (
    <>
      {eligible.length ? (
        <section aria-labelledby="fits-title">
          <h2 id="fits-title" className="results__first-title">{t('page.fitsTitle')}</h2>
          <ol className="card-list">
            {eligible.map((r, i) => (
              <li key={r.toolId}>
                <ToolCard
                  result={r} tool={getTool(catalog, r.toolId)!} rank={places[i]} shared={places.filter((p) => p === places[i]).length > 1}
                  fitting={eligible} compareWith={top} chosen={r.toolId === chosen}
                />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <IdlePart load={loadLoosenings} props={{ answers, catalog, noneFit: !eligible.length }} namespaces={relaxTexts} />
      <UnsuitableList results={ineligible} catalog={catalog} />
    </>
  );
});

/** Nothing answered yet (no question page submitted, no link with answers): no ranking, an invitation. */
function NoAnswers() {
  const { t } = useTranslation('wizard');
  return (
    <Callout tone="info" title={t('noAnswers.title')} level={2} className="results__no-answers">
      <p>{t('noAnswers.body')}</p>
      <p className="button-row">
        <Link className="button" to={paths.step(stepIds[0])}>{t('noAnswers.start')}</Link>
        <Link to={paths.table}>{t('noAnswers.table')}</Link>
      </p>
    </Callout>
  );
}

// The address bar follows the answers once the page is idle: the link that opened the page was
// applied before the first render, so nothing on screen waits for it.
const loadAddressBar = () => import('./use-share-url').then((m) => ({ default: m.AddressBar }));

/**
 * The ranking: the answer first (the summary, and what settles a tie or how firm a lead is), a
 * skip link past the adjust panel, the panel, the cards, the tools that do not fit, then the
 * report's tips, sharing, printing and footnotes. On a wide screen the panel stands beside the
 * top and the cards. Only the parts that show the ranking follow the answers.
 */
export function ResultsPage({ loadMemo }: Props) {
  const { t } = useTranslation('results');
  const answered = useStore((s) => s.answered);
  return (
    <div className="results">
      <Later load={loadAddressBar} />
      <div className="results__screen">
        <PageHeading title={t('page.title')}>{t('page.title')}</PageHeading>
        {answered ? (
          <div className="results__layout">
            <TopSection />
            <a className="skip-link results__skip" href={`#${listAnchor}`} onClick={(e) => jumpTo(e, listAnchor)}>{t('top.skip')}</a>
            <AdjustPanel />
            <div className="results__main" id={listAnchor} tabIndex={-1}>
              <ListSection />
              <IdlePart load={loadFooter} props={{}} namespaces={footerTexts} />
            </div>
          </div>
        ) : (
          // Its words are with the questions' it invites to: a link's first load carries neither.
          <Suspense fallback={null}><TextsGate namespaces={wizardTexts} attempt={0}><NoAnswers /></TextsGate></Suspense>
        )}
      </div>
      {/* The memo's part of the page: fetched once the browser is idle, so not in the first load. */}
      {answered && loadMemo ? <Later load={loadMemo} timeout={3000} /> : null}
    </div>
  );
}
