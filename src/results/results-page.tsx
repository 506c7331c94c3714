import { memo, useDeferredValue, useMemo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool, reportCatalog } from '../catalog/report';
import { latestUpdate } from '../catalog/latest-update';
import type { DataSet } from '../catalog/types';
import { useCatalog, useDataSet } from '../components/use-catalog';
import { BackLink } from '../components/back-link';
import { Callout } from '../components/callout';
import { FootnoteList } from '../components/footnote-ref';
import { GeneralTips } from '../components/general-tips';
import { IdlePart, LazyPart } from '../components/lazy-part';
import { Later } from '../components/later';
import { PageHeading } from '../components/page-heading';
import { useAnswers, useRanking } from '../components/use-ranking';
import { ourChoice } from '../components/our-choice';
import { useFormats } from '../i18n/format';
import type { Answers, ToolResult } from '../scoring/types';
import { paths } from '../share/routes';
import { useStore } from '../state/store';
import { AdjustPanel } from './adjust-panel';
import { ToolCard } from './tool-card';
import { UnsuitableList } from './unsuitable-list';
import './results.css';

interface Props {
  /** Loads the printed advice memo, composed in by the app (features do not import each other). */
  loadMemo?: () => Promise<{ default: ComponentType }>;
}

const relaxTexts = ['relax'] as const;
const sharingTexts = ['sharing'] as const;
const memoTexts = ['memo'] as const;
const loadChoiceNote = () => import('./choice-note').then((m) => ({ default: m.ChoiceNote }));
const loadLoosenings = () => import('./relaxation-hints').then((m) => ({ default: m.Loosenings }));

/** Sharing a link and preparing the memo: below the ranking, so fetched once the page is idle. */
const loadSharing = () => import('./sharing').then((m) => ({ default: m.Sharing }));

/** The live summary: how many fit and which comes first, never hiding that its support ended. */
function Summary({ eligible, dataSet }: { eligible: readonly ToolResult[]; dataSet: DataSet }) {
  const { t } = useTranslation('results');
  const { date } = useFormats();
  const first = eligible[0] ? getTool(reportCatalog, eligible[0].toolId) : undefined;
  let text = t('page.summaryNone');
  if (first) {
    text = first.endOfSupport
      ? t('page.summaryDiscontinued', { count: eligible.length, first: first.name, date: date(first.endOfSupport.date) })
      : t('page.summary', { count: eligible.length, first: first.name });
  }
  // Polite live region: announces the new outcome whenever an answer or the data changes.
  return (
    <p role="status" className="results__summary">
      {text} <span className="results__summary-data">{t(`page.summaryData.${dataSet}`, { date: date(latestUpdate) })}</span>
    </p>
  );
}

/**
 * The ranking follows the answers a moment after the control that changed them: the click paints
 * at once, and the ranking draws once, with the new answers, right after.
 */
function RankingSection() {
  return <Ranking answers={useAnswers(true)} dataSet={useDeferredValue(useDataSet())} choice={useStore((s) => s.choice)} />;
}

/** The tools that fit, or what would help when none does; then the loosenings and the tools that do not fit. */
const Ranking = memo(function Ranking({ answers, dataSet, choice }: { answers: Answers; dataSet: DataSet; choice: string | null }) {
  const { t } = useTranslation('results');
  const catalog = useCatalog(dataSet);
  const { eligible, ineligible } = useRanking(answers, catalog);
  const our = ourChoice(choice, eligible);
  const chosen = our?.result.toolId;
  const name = (toolId: string) => getTool(catalog, toolId)?.name ?? toolId;
  // Each card offers to compare its tool with the best fits.
  const top = useMemo(() => (eligible.length > 1 ? eligible.slice(0, 3).map((r) => r.toolId) : []), [eligible]);
  return (
    <>
      <Summary eligible={eligible} dataSet={dataSet} />
      {our?.source === 'fellBack' && our.marked ? (
        // The mark is kept: it comes back once the answers fit the marked tool again.
        <LazyPart load={loadChoiceNote} props={{ marked: name(our.marked), first: name(our.result.toolId) }} namespaces={memoTexts} />
      ) : null}
      {eligible.length ? (
        <section aria-labelledby="fits-title">
          <h2 id="fits-title" className="results__first-title">{t('page.fitsTitle')}</h2>
          <ol className="card-list">
            {eligible.map((r, i) => (
              <li key={r.toolId}>
                <ToolCard result={r} tool={getTool(catalog, r.toolId)!} rank={i + 1} compareWith={top} chosen={r.toolId === chosen} />
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

/** Above the heading: which data the results rest on. */
function DataCaption() {
  const { t } = useTranslation('results');
  const { date } = useFormats();
  const dataSet = useDataSet();
  // Only the current data's caption has a date: the report's does not build a date format at all.
  return <>{dataSet === 'current' ? t('page.dataCaption.current', { date: date(latestUpdate) }) : t('page.dataCaption.report')}</>;
}

/** Under the heading: where the data comes from, and that it may have changed. */
function DataLine() {
  const { t } = useTranslation('results');
  return <p className="results__data-line">{t(`page.dataNote.${useDataSet()}`)}</p>;
}

// The address bar follows the answers once the page is idle: the link that opened the page was
// applied before the first render, so nothing on screen waits for it.
const loadAddressBar = () => import('./use-share-url').then((m) => ({ default: m.AddressBar }));

/**
 * The ranking: tools that fit as cards, the ones that don't below, an adjust panel, share and
 * print. Only the parts that show the ranking follow the answers; the rest of the page does not
 * render again when an answer changes.
 */
export function ResultsPage({ loadMemo }: Props) {
  const { t } = useTranslation(['results', 'catalog']);
  return (
    <div className="results">
      <Later load={loadAddressBar} />
      <div className="results__screen">
        <BackLink to={paths.check}>{t('results:page.backToCheck')}</BackLink>
        <PageHeading title={t('results:page.title')} caption={<DataCaption />}>{t('results:page.title')}</PageHeading>
        <DataLine />
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
            <IdlePart load={loadSharing} props={{}} namespaces={sharingTexts} />
            <section className="results__footnotes" aria-labelledby="footnotes-title">
              <h2 id="footnotes-title">{t('results:footnotesTitle')}</h2>
              <FootnoteList />
            </section>
          </div>
        </div>
      </div>
      {/* The memo's part of the page: fetched once the browser is idle, so not in the first load. */}
      {loadMemo ? <Later load={loadMemo} timeout={3000} /> : null}
    </div>
  );
}
