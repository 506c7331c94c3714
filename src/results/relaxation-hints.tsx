import { useTranslation } from 'react-i18next';
import type { Catalog } from '../catalog/types';
import { applyChange } from '../scoring/apply-change';
import { relaxations } from '../scoring/relaxations';
import type { AnswerChange, Answers, RelaxationReport } from '../scoring/types';
import { useStore } from '../state/store';
import { useToolNames } from '../components/tool-names';
import { useChangeText } from './change-text';
import { Callout } from '../components/callout';
import { summaryId } from './summary-id';

/**
 * Applies loosenings: the notice above the results offers Undo, and focus moves to the summary,
 * which says what the new answers give.
 */
function useApply() {
  return (changes: readonly AnswerChange[]) => {
    const { answers, setAnswers, addNotice } = useStore.getState();
    setAnswers(changes.reduce(applyChange, answers));
    addNotice({ kind: 'loosened', before: answers });
    document.getElementById(summaryId)?.focus();
  };
}

/** Shown when no tool fits: says so plainly and offers the smallest set of changes that helps. */
export function NoToolFits({ relax }: { relax: RelaxationReport }) {
  const { t } = useTranslation('relax');
  const changeText = useChangeText();
  const names = useToolNames();
  const apply = useApply();
  const smallest = relax.smallest;
  return (
    <Callout tone="error" title={t('noneTitle')}>
      <p>{t('noneBody')}</p>
      {smallest ? (
        <>
          <p>{t('smallestIntro')}</p>
          <ul className="change-list">
            {smallest.changes.map((c, i) => (
              <li key={i}>{changeText(c)}</li>
            ))}
          </ul>
          <p>{t('smallestResult', { count: smallest.admits.length, tools: names(smallest.admits) })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => apply(smallest.changes)}>
              {t('smallestApply', { count: smallest.changes.length })}
            </button>
          </div>
        </>
      ) : (
        <p>{t('nothingHelps')}</p>
      )}
    </Callout>
  );
}

/** "Accept a paid plan → Cisco Webex fits too", each with a button that makes the change. */
export function RelaxationHints({ relax }: { relax: RelaxationReport }) {
  const { t } = useTranslation('relax');
  const changeText = useChangeText();
  const names = useToolNames();
  const apply = useApply();
  // When no tool fits and one change is the smallest fix, the callout above already offers it.
  const offered = relax.smallest?.changes.length === 1 ? JSON.stringify(relax.smallest.changes[0]) : null;
  const hints = relax.single.filter(({ change }) => JSON.stringify(change) !== offered);
  if (!hints.length) return null;
  return (
    <section className="relax-hints no-print" aria-labelledby="relax-hints-title">
      <h2 id="relax-hints-title">{t('hintsTitle')}</h2>
      <ul className="relax-list">
        {hints.map(({ change, admits }, i) => {
          const words = changeText(change);
          return (
            <li key={i} className="relax-list__item">
              <span>{t('admits', { count: admits.length, change: words, tools: names(admits) })}</span>
              <button type="button" className="button button--secondary" aria-label={t('applyLabel', { change: words })} onClick={() => apply([change])}>
                {t('apply')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// The last search, kept outside React: a part that mounts in a transition starts over whenever
// that render is interrupted (as other parts of the page come in after the first screen), and
// useMemo's cache goes with it. On a results link the search ran up to seven times for one answer.
let last: { catalog: Catalog; answers: Answers; report: RelaxationReport } | null = null;
function relaxationsOf(catalog: Catalog, answers: Answers): RelaxationReport {
  if (last?.catalog !== catalog || last.answers !== answers) last = { catalog, answers, report: relaxations(catalog, answers) };
  return last.report;
}

/**
 * What would admit more tools: when none fits, the smallest set of changes that helps; then each
 * single change that adds a tool. Its code (and the search behind it) loads once the ranking shows.
 */
export function Loosenings({ answers, catalog, noneFit }: { answers: Answers; catalog: Catalog; noneFit: boolean }) {
  const relax = relaxationsOf(catalog, answers);
  return (
    <>
      {noneFit ? <NoToolFits relax={relax} /> : null}
      <RelaxationHints relax={relax} />
    </>
  );
}
