import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isStepId, paths, stepIds, type StepId } from '../share/routes';
import { PageHeading } from '../components/page-heading';
import { BudgetStep, DiscontinuedStep, HostingStep } from './choice-steps';
import { ImportanceStep } from './importance-step';
import { ParticipantsStep } from './participants-step';
import { SensitivityStep } from './sensitivity-step';
import { questions } from './questions';
import './wizard.css';

function Step({ id }: { id: StepId }) {
  const question = questions.find((q) => q.id === id);
  switch (question?.kind) {
    case 'sensitivity':
      return <SensitivityStep />;
    case 'participants':
      return <ParticipantsStep />;
    case 'hosting':
      return <HostingStep />;
    case 'budget':
      return <BudgetStep />;
    case 'importance':
      return <ImportanceStep step={question.id} criteria={question.criteria} />;
    default:
      return <DiscontinuedStep />;
  }
}

function UnknownStep() {
  const { t } = useTranslation('wizard');
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p><Link to={paths.step(stepIds[0])}>{t('notFound.first')}</Link></p>
    </div>
  );
}

/** /questions/:stepId — one question per page; the URL owns the step, the store the answers. */
export function QuestionPage() {
  const { stepId } = useParams();
  if (!isStepId(stepId)) return <UnknownStep />;
  // A new key per step: fresh local state, and PageHeading moves focus to the new h1.
  return <Step key={stepId} id={stepId} />;
}
