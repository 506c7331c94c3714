import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../components/choice-fieldset';
import { importances, type CriterionId } from '../scoring/types';
import { QuestionShell } from './question-shell';
import type { StepId } from '../share/routes';
import { useStore } from '../state/store';

/** One criterion: its question as the legend, a plain hint, and must / nice / doesn't matter. */
export function ImportanceFieldset({ criterion }: { criterion: CriterionId }) {
  const { t } = useTranslation(['wizard', 'results']);
  // A missing importance means "doesn't matter", so that radio is checked.
  const level = useStore((s) => s.answers.importance[criterion] ?? 'ignore');
  // Raised by the sensitivity answer and not changed since: say so, until the user changes it.
  const suggestedBy = useStore((s) => s.suggested[criterion]?.by);
  const setImportance = useStore((s) => s.setImportance);
  return (
    <ChoiceFieldset
      name={`importance-${criterion}`}
      legend={t(`criteria.${criterion}.question`)}
      hint={t(`criteria.${criterion}.hint`)}
      note={suggestedBy ? t(`suggested.${suggestedBy}`) : undefined}
      options={importances.map((l) => ({ value: l, label: t(`results:importance.${l}`) }))}
      value={level}
      onChange={(l) => setImportance(criterion, l)}
      segmented
    />
  );
}

interface Props {
  step: Extract<StepId, 'features' | 'privacy' | 'gdpr' | 'security'>;
  criteria: readonly CriterionId[];
}

export function ImportanceStep({ step, criteria }: Props) {
  const { t } = useTranslation('wizard');
  return (
    <QuestionShell step={step}>
      <p className="question__intro">{t('importanceIntro')}</p>
      {criteria.map((c) => (
        <ImportanceFieldset key={c} criterion={c} />
      ))}
    </QuestionShell>
  );
}
