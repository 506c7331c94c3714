import { useTranslation } from 'react-i18next';
import type { Answers } from '../scoring/types';
import type { CompareRow } from './compare-rows';
import { StatusIcon } from '../components/icons';
import '../components/marks.css';

/**
 * A criterion's name with what the company said about it ("Must have", or the answer on size,
 * hosting or price) and, where the tools score differently, the word "Differs".
 */
export function CompareLabel({ row, answers }: { row: CompareRow; answers: Answers }) {
  const { t } = useTranslation(['compare', 'results']);
  const answer =
    row.criterion === 'participants' ? t('compare:view.people', { count: answers.participants })
    : row.criterion === 'hosting' ? t(`results:hosting.${answers.hosting}`)
    : row.criterion === 'budget' ? t(`results:budget.${answers.budget}`)
    : null;
  return (
    <>
      <span className="compare-label__name">{t(`results:criteria.${row.criterion}`)}</span>
      {row.importance !== 'ignore' ? (
        <>
          <span className="visually-hidden">, </span>
          <span className={`importance-tag importance-tag--${row.importance}`}>{t(`results:importance.${row.importance}`)}</span>
        </>
      ) : null}
      {row.differs ? (
        <span className="compare-label__differs">
          <span className="visually-hidden">, </span>
          <StatusIcon status="warning" />
          {t('compare:view.differs')}
        </span>
      ) : null}
      {row.criterion === 'transitEncryption' ? <span className="compare-label__answer" data-transit-note>{t('compare:transitCross')}</span> : null}
      {answer ? <span className="compare-label__answer">{t('compare:view.answer', { answer })}</span> : null}
    </>
  );
}
