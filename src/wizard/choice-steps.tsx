import { useTranslation } from 'react-i18next';
import { reportCatalog } from '../catalog';
import type { Budget, Hosting } from '../scoring/types';
import { ChoiceFieldset } from './choice-fieldset';
import { formatDate, usePageLang } from './format';
import { QuestionShell } from './question-shell';
import { useStore } from './store';

const hostings: readonly Hosting[] = ['self', 'either', 'cloud'];
const budgets: readonly Budget[] = ['free-only', 'free-preferred', 'paid-ok'];

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

// Tools with an end of support, straight from the catalog: the date is data, not wording.
const ending = reportCatalog.tools.flatMap((tool) => (tool.endOfSupport ? [{ name: tool.name, date: tool.endOfSupport.date }] : []));

export function DiscontinuedStep() {
  const { t } = useTranslation('wizard');
  const lang = usePageLang();
  const include = useStore((s) => s.answers.includeDiscontinued);
  const setInclude = useStore((s) => s.setIncludeDiscontinued);
  return (
    <QuestionShell step="discontinued">
      {ending.map((tool) => (
        <p key={tool.name}>{t('steps.discontinued.endOfSupport', { tool: tool.name, date: formatDate(tool.date, lang) })}</p>
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
