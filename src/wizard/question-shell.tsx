import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { BackLink } from '../components/back-link';
import { ErrorSummary, type FieldError } from '../components/error-summary';
import { PageHeading } from '../components/page-heading';
import { stepIds, type StepId } from '../share/routes';
import { useStore } from '../state/store';
import { backHref, nextHref, returnsToCheck, stepNumber } from './step-nav';

interface Props {
  step: StepId;
  children: ReactNode;
  errors?: readonly FieldError[];
  /** Counts failed submits, so the error summary takes focus each time. */
  attempt?: number;
  /** Validates before moving on; false keeps the user on the page. */
  onContinue?: () => boolean;
}

/** One question page: back link, error summary, "Question n of 8", the h1, why it matters, the fields, Continue. */
export function QuestionShell({ step, children, errors = [], attempt = 0, onContinue }: Props) {
  const { t } = useTranslation(['wizard', 'common']);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const toCheck = returnsToCheck(search);
  const title = t(`steps.${step}.title`);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (onContinue && !onContinue()) return;
    useStore.getState().markAnswered();
    void navigate(nextHref(step, toCheck));
  };

  return (
    <div className="page page--narrow question">
      <BackLink to={backHref(step, toCheck)}>{t('back')}</BackLink>
      <ErrorSummary title={t('errorSummaryTitle')} errors={errors} focusKey={attempt} />
      <PageHeading
        caption={t('progress', { current: stepNumber(step), total: stepIds.length })}
        title={errors.length ? `${t('common:errorPrefix')} ${title}` : title}
      >
        {title}
      </PageHeading>
      <p className="question__why">{t(`steps.${step}.why`)}</p>
      <form noValidate onSubmit={submit}>
        {children}
        <div className="button-row">
          <button type="submit" className="button">{t('continue')}</button>
        </div>
      </form>
    </div>
  );
}
