import { useTranslation } from 'react-i18next';
import { applyChange } from '../scoring';
import type { AnswerChange, RelaxationReport } from '../scoring/types';
import { useStore } from '../state/store';
import { useToolNames } from '../components/tool-names';
import { useChangeText } from './change-text';
import { Callout } from '../components/callout';

function useApply() {
  return (changes: readonly AnswerChange[]) => {
    const { answers, setAnswers } = useStore.getState();
    setAnswers(changes.reduce(applyChange, answers));
  };
}

/** Shown when no tool fits: says so plainly and offers the smallest set of changes that helps. */
export function NoToolFits({ relax }: { relax: RelaxationReport }) {
  const { t } = useTranslation('results');
  const changeText = useChangeText();
  const names = useToolNames();
  const apply = useApply();
  const smallest = relax.smallest;
  return (
    <Callout tone="error" title={t('relax.noneTitle')}>
      <p>{t('relax.noneBody')}</p>
      {smallest ? (
        <>
          <p>{t('relax.smallestIntro')}</p>
          <ul className="change-list">
            {smallest.changes.map((c, i) => (
              <li key={i}>{changeText(c)}</li>
            ))}
          </ul>
          <p>{t('relax.smallestResult', { count: smallest.admits.length, tools: names(smallest.admits) })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => apply(smallest.changes)}>
              {t('relax.smallestApply', { count: smallest.changes.length })}
            </button>
          </div>
        </>
      ) : (
        <p>{t('relax.nothingHelps')}</p>
      )}
    </Callout>
  );
}

/** "Accept a paid plan → Cisco Webex fits too", each with a button that makes the change. */
export function RelaxationHints({ relax }: { relax: RelaxationReport }) {
  const { t } = useTranslation('results');
  const changeText = useChangeText();
  const names = useToolNames();
  const apply = useApply();
  // When no tool fits and one change is the smallest fix, the callout above already offers it.
  const offered = relax.smallest?.changes.length === 1 ? JSON.stringify(relax.smallest.changes[0]) : null;
  const hints = relax.single.filter(({ change }) => JSON.stringify(change) !== offered);
  if (!hints.length) return null;
  return (
    <section className="relax-hints no-print" aria-labelledby="relax-hints-title">
      <h2 id="relax-hints-title">{t('relax.hintsTitle')}</h2>
      <ul className="relax-list">
        {hints.map(({ change, admits }, i) => {
          const words = changeText(change);
          return (
            <li key={i} className="relax-list__item">
              <span>{t('relax.admits', { count: admits.length, change: words, tools: names(admits) })}</span>
              <button type="button" className="button button--secondary" aria-label={t('relax.applyLabel', { change: words })} onClick={() => apply([change])}>
                {t('relax.apply')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
