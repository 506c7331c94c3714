import { useTranslation } from 'react-i18next';
import { endsOfSupport } from '../catalog/end-of-support';
import { ChoiceFieldset } from '../components/choice-fieldset';
import { useFormats } from '../i18n/format';
import { budgets, hostings } from '../scoring/types';
import { useStore } from '../state/store';
import { QuestionShell } from './question-shell';

export function HostingStep() {
  const { t } = useTranslation(['wizard', 'results']);
  const hosting = useStore((s) => s.answers.hosting);
  const setHosting = useStore((s) => s.setHosting);
  return (
    <QuestionShell step="hosting">
      <ChoiceFieldset
        name="hosting"
        legend={t('steps.hosting.title')}
        legendHidden
        options={hostings.map((h) => ({ value: h, label: t(`results:hosting.${h}`), hint: t(`steps.hosting.hints.${h}`) }))}
        value={hosting}
        onChange={setHosting}
      />
    </QuestionShell>
  );
}

export function BudgetStep() {
  const { t } = useTranslation(['wizard', 'results']);
  const budget = useStore((s) => s.answers.budget);
  const setBudget = useStore((s) => s.setBudget);
  return (
    <QuestionShell step="budget">
      <ChoiceFieldset
        name="budget"
        legend={t('steps.budget.title')}
        legendHidden
        options={budgets.map((b) => ({ value: b, label: t(`results:budget.${b}`), hint: t(`steps.budget.hints.${b}`) }))}
        value={budget}
        onChange={setBudget}
      />
    </QuestionShell>
  );
}

export function DiscontinuedStep() {
  const { t } = useTranslation('wizard');
  const { date } = useFormats();
  const include = useStore((s) => s.answers.includeDiscontinued);
  const setInclude = useStore((s) => s.setIncludeDiscontinued);
  return (
    <QuestionShell step="discontinued">
      {endsOfSupport.map((tool) => (
        <p key={tool.id}>{t('steps.discontinued.endOfSupport', { tool: tool.name, date: date(tool.date) })}</p>
      ))}
      <ChoiceFieldset
        name="includeDiscontinued"
        legend={t('steps.discontinued.title')}
        legendHidden
        options={(['yes', 'no'] as const).map((o) => ({
          value: o,
          label: t(`steps.discontinued.options.${o}.label`),
          hint: t(`steps.discontinued.options.${o}.hint`),
        }))}
        value={include ? 'yes' : 'no'}
        onChange={(o) => setInclude(o === 'yes')}
      />
    </QuestionShell>
  );
}
