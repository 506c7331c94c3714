import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../share/routes';
import { BackLink } from '../components/back-link';
import { DataChoice } from '../components/data-choice';
import { PageHeading } from '../components/page-heading';
import { CheckSection, type SummaryRow } from './check-section';
import { useFormats } from '../i18n/format';
import { questions, type Question } from './questions';
import { lastStep } from './step-nav';
import { useStore } from '../state/store';
import './wizard.css';

/** /check — every answer on one page, grouped by question, each group with a Change link. */
export function CheckAnswersPage() {
  const { t } = useTranslation(['wizard', 'results']);
  const { number } = useFormats();
  const answers = useStore((s) => s.answers);
  const sensitivity = useStore((s) => s.sensitivity);
  const suggested = useStore((s) => s.suggested);

  // A one-answer step is keyed by its question; an importance step lists its criteria.
  const rowsOf = (q: Question): SummaryRow[] => {
    const single = (value: string) => [{ key: q.id, label: t(`steps.${q.id}.title`), value }];
    switch (q.kind) {
      case 'sensitivity':
        return single(sensitivity ? t(`steps.sensitivity.options.${sensitivity}.label`) : t('steps.sensitivity.notAnswered'));
      case 'participants':
        return single(t('check.participantsValue', { number: number(answers.participants) }));
      case 'hosting':
        return single(t(`results:hosting.${answers.hosting}`));
      case 'budget':
        return single(t(`results:budget.${answers.budget}`));
      case 'importance':
        return q.criteria.map((c) => {
          const level = answers.importance[c] ?? 'ignore';
          const value = t(`results:importance.${level}`);
          return {
            key: c,
            label: t(`results:criteria.${c}`),
            value: suggested[c] ? `${value} (${t('suggested.short')})` : value,
            strong: level === 'must',
          };
        });
      default:
        return single(t(`steps.discontinued.options.${answers.includeDiscontinued ? 'yes' : 'no'}.label`));
    }
  };

  return (
    <div className="page page--narrow check-answers">
      <BackLink to={paths.step(lastStep)}>{t('back')}</BackLink>
      <PageHeading>{t('check.title')}</PageHeading>
      <p>{t('check.lead')}</p>
      {questions.map((q) => (
        <CheckSection key={q.id} step={q.id} rows={rowsOf(q)} />
      ))}
      <DataChoice name="check-data" />
      <p className="button-row">
        <Link to={paths.results} className="button">{t('check.results')}</Link>
      </p>
    </div>
  );
}
