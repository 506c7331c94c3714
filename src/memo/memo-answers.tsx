import { useTranslation } from 'react-i18next';
import { useFormats } from '../i18n/format';
import type { Sensitivity } from '../scoring/sensitivity';
import { criterionIds, type Answers, type Importance } from '../scoring/types';

/** The answers in short, as a compact definition list: how sensitive the calls are first, as asked. */
export function MemoAnswers({ answers, sensitivity }: { answers: Answers; sensitivity: Sensitivity | null }) {
  const { t } = useTranslation(['memo', 'results', 'wizard']);
  const { number, list } = useFormats();
  const weighed = (level: Importance) => {
    const names = criterionIds.filter((c) => answers.importance[c] === level).map((c) => t(`results:criteria.${c}`));
    return names.length ? list(names) : t('memo:none');
  };
  const rows: [string, string][] = [
    [t('memo:sensitivityLabel'), sensitivity ? t(`wizard:steps.sensitivity.options.${sensitivity}.label`) : t('wizard:steps.sensitivity.notAnswered')],
    [t('results:criteria.participants'), t('memo:people', { number: number(answers.participants) })],
    [t('results:criteria.hosting'), t(`results:hosting.${answers.hosting}`)],
    [t('results:criteria.budget'), t(`results:budget.${answers.budget}`)],
    [t('memo:discontinuedLabel'), t(answers.includeDiscontinued ? 'memo:discontinuedYes' : 'memo:discontinuedNo')],
    [t('results:importance.must'), weighed('must')],
    [t('results:importance.nice'), weighed('nice')],
  ];
  return (
    <dl className="memo-answers">
      {rows.map(([term, value]) => (
        <div key={term} className="memo-answers__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
