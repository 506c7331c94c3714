import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ParticipantsField, useParticipantsDraft, useParticipantsError } from '../components/participants-field';
import type { ParticipantsError } from '../components/parse-participants';
import { QuestionShell } from './question-shell';

const fieldId = 'participants';

/** The size of the largest meeting. An invalid number is shown on Continue, with an error summary. */
export function ParticipantsStep() {
  const { t } = useTranslation('wizard');
  const draft = useParticipantsDraft('before');
  const [error, setError] = useState<ParticipantsError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const message = useParticipantsError(error);

  const validate = () => {
    const result = draft.check();
    setError(result.ok ? null : result.error);
    if (result.ok) return true;
    setAttempt((a) => a + 1);
    return false;
  };

  return (
    <QuestionShell step="participants" errors={message ? [{ fieldId, message }] : []} attempt={attempt} onContinue={validate}>
      <ParticipantsField id={fieldId} label={t('steps.participants.label')} hint={t('steps.participants.hint')} draft={draft} error={error} />
    </QuestionShell>
  );
}
