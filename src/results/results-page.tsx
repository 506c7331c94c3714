import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool, reportCatalog } from '../catalog';
import { paths } from '../app/paths';
import { BackLink } from '../components/back-link';
import { FootnoteList } from '../components/footnote-ref';
import { PageHeading } from '../components/page-heading';
import { AdjustPanel } from './adjust-panel';
import { MemoFooter, MemoHeader } from './memo-print';
import { MemoPrep } from './memo-prep';
import { NoToolFits, RelaxationHints } from './relaxation-hints';
import { SharePanel, shareUrl } from './share-panel';
import { ToolCard } from './tool-card';
import { UnsuitableList } from './unsuitable-list';
import { useRanking } from './use-ranking';
import { useShareUrl } from './use-share-url';
import { Callout } from '../components/callout';
import './results.css';

/** The ranking: tools that fit as cards, the ones that don't below, an adjust panel, share and print. */
export function ResultsPage() {
  const { t } = useTranslation(['results', 'catalog']);
  const { eligible, ineligible, relax } = useRanking();
  const hash = useShareUrl();
  const id = useId();
  // Each card offers to compare its tool with the best fits.
  const top = eligible.length > 1 ? eligible.slice(0, 3).map((r) => r.toolId) : [];
  const first = eligible[0] ? getTool(reportCatalog, eligible[0].toolId)?.name ?? '' : '';

  return (
    <div className="results">
      <BackLink to={paths.check}>{t('results:page.backToCheck')}</BackLink>
      <div className="no-print">
        <PageHeading>{t('results:page.title')}</PageHeading>
      </div>
      <MemoHeader />
      {/* Polite live region: announces the new outcome whenever an answer changes. */}
      <p role="status" className="results__summary">
        {eligible.length ? t('results:page.summary', { count: eligible.length, first }) : t('results:page.summaryNone')}
      </p>
      <Callout tone="info" className="results__data-note">
        <p>{t('results:page.dataNote')}</p>
      </Callout>
      <div className="results__layout">
        <AdjustPanel />
        <div className="results__main">
          {eligible.length ? (
            <section aria-labelledby={`${id}-fits`}>
              <h2 id={`${id}-fits`} className="results__first-title">{t('results:page.fitsTitle')}</h2>
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
          <SharePanel hash={hash} />
          <MemoPrep />
          <section className="results__footnotes" aria-labelledby={`${id}-notes`}>
            <h2 id={`${id}-notes`}>{t('results:footnotesTitle')}</h2>
            <FootnoteList />
          </section>
          <MemoFooter url={shareUrl(hash)} />
        </div>
      </div>
    </div>
  );
}
