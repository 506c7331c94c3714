import { lazy, memo, Suspense, useEffect, useMemo, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool, reportCatalog } from '../catalog';
import { BackLink } from '../components/back-link';
import { Callout } from '../components/callout';
import { ErrorBoundary } from '../components/error-boundary';
import { FootnoteList } from '../components/footnote-ref';
import { GeneralTips } from '../components/general-tips';
import { PageHeading } from '../components/page-heading';
import { useAnswers, useRanking, useRelaxations } from '../components/use-ranking';
import { useFormats } from '../i18n/format';
import type { Answers, ToolResult } from '../scoring/types';
import { paths } from '../share/routes';
import { AdjustPanel } from './adjust-panel';
import { MemoPrep } from './memo-prep';
import { NoToolFits, RelaxationHints } from './relaxation-hints';
import { SharePanel } from './share-panel';
import { ToolCard } from './tool-card';
import { UnsuitableList } from './unsuitable-list';
import { useShareUrl } from './use-share-url';
import './results.css';

interface Props {
  /** Loads the printed advice memo, composed in by the app (features do not import each other). */
  loadMemo?: () => Promise<{ default: ComponentType }>;
}

/** The memo's part of the page, fetched once the browser is idle, so it is not in the first load. */
function PrintPart({ load }: { load: NonNullable<Props['loadMemo']> }) {
  const [Part, setPart] = useState<LazyExoticComponent<ComponentType> | null>(null);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1000));
    const cancel = window.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => setPart(() => lazy(load)), { timeout: 3000 });
    return () => cancel(handle as number);
  }, [load]);
  if (!Part) return null;
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <Part />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The live summary: how many fit and which comes first, never hiding that its support ended. */
function Summary({ eligible }: { eligible: readonly ToolResult[] }) {
  const { t } = useTranslation('results');
  const { date } = useFormats();
  const first = eligible[0] ? getTool(reportCatalog, eligible[0].toolId) : undefined;
  let text = t('page.summaryNone');
  if (first) {
    text = first.endOfSupport
      ? t('page.summaryDiscontinued', { count: eligible.length, first: first.name, date: date(first.endOfSupport.date) })
      : t('page.summary', { count: eligible.length, first: first.name });
  }
  // Polite live region: announces the new outcome whenever an answer changes.
  return <p role="status" className="results__summary">{text}</p>;
}

/**
 * The ranking follows the answers a moment after the control that changed them: the click paints
 * at once, and the ranking draws once, with the new answers, right after.
 */
function RankingSection() {
  return <Ranking answers={useAnswers(true)} />;
}

/** The tools that fit, or what would help when none does; then the loosenings and the tools that do not fit. */
const Ranking = memo(function Ranking({ answers }: { answers: Answers }) {
  const { t } = useTranslation('results');
  const { eligible, ineligible } = useRanking(answers);
  const relax = useRelaxations(answers);
  // Each card offers to compare its tool with the best fits.
  const top = useMemo(() => (eligible.length > 1 ? eligible.slice(0, 3).map((r) => r.toolId) : []), [eligible]);
  return (
    <>
      <Summary eligible={eligible} />
      {eligible.length ? (
        <section aria-labelledby="fits-title">
          <h2 id="fits-title" className="results__first-title">{t('page.fitsTitle')}</h2>
          <ol className="card-list">
            {eligible.map((r, i) => (
              <li key={r.toolId}>
                <ToolCard result={r} rank={i + 1} compareWith={top} />
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <NoToolFits relax={relax} />
      )}
      <RelaxationHints relax={relax} />
      <UnsuitableList results={ineligible} />
    </>
  );
});

/** Keeps the address bar in step with the answers; renders nothing. */
function AddressBar() {
  useShareUrl();
  return null;
}

/**
 * The ranking: tools that fit as cards, the ones that don't below, an adjust panel, share and
 * print. Only the parts that show the ranking follow the answers; the rest of the page does not
 * render again when an answer changes.
 */
export function ResultsPage({ loadMemo }: Props) {
  const { t } = useTranslation(['results', 'catalog']);
  return (
    <div className="results">
      <AddressBar />
      <div className="results__screen">
        <BackLink to={paths.check}>{t('results:page.backToCheck')}</BackLink>
        <PageHeading>{t('results:page.title')}</PageHeading>
        <p className="results__data-line">{t('results:page.dataNote')}</p>
        <div className="results__layout">
          <AdjustPanel />
          <div className="results__main">
            <RankingSection />
            <Callout tone="info" className="results__data-note" title={t('results:page.aboutTitle')} level={2}>
              <p>{t('results:page.aboutRanking')}</p>
              <p>{t('results:page.aboutReport')}</p>
            </Callout>
            <section aria-labelledby="general-tips-title">
              <h2 id="general-tips-title">{t('results:page.tipsTitle')}</h2>
              <GeneralTips />
            </section>
            <SharePanel />
            <MemoPrep />
            <section className="results__footnotes" aria-labelledby="footnotes-title">
              <h2 id="footnotes-title">{t('results:footnotesTitle')}</h2>
              <FootnoteList />
            </section>
          </div>
        </div>
      </div>
      {loadMemo ? <PrintPart load={loadMemo} /> : null}
    </div>
  );
}
