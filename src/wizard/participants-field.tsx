import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from '../share/limits';
import { formatNumber, usePageLang } from './format';
import { parseParticipants, type ParticipantsError } from './parse-participants';
import { QuestionShell } from './question-shell';
import { useStore } from './store';

const fieldId = 'participants';

/**
 * The size of the largest meeting. What the user types stays in the field even when it is not a
 * valid number; only valid numbers reach the store, and an invalid one puts back the earlier answer.
 */
export function ParticipantsStep() {
  const { t } = useTranslation('wizard');
  const lang = usePageLang();
  const stored = useStore((s) => s.answers.participants);
  const setParticipants = useStore((s) => s.setParticipants);
  const [text, setText] = useState(() => String(stored));
  const [error, setError] = useState<ParticipantsError | null>(null);
  const [attempt, setAttempt] = useState(0);

  // The answer from before this visit: while the text is not a valid number, the store holds this,
  // not a half-typed number ("25000" on the way to "250000").
  const [before, setBefore] = useState(stored);
  // Our own last write. Anything else changed the store from elsewhere (e.g. "Forget my answers"):
  // show that value, unless the text already says it.
  const [written, setWritten] = useState(stored);
  if (stored !== written) {
    setWritten(stored);
    setBefore(stored);
    const current = parseParticipants(text, lang);
    if (!current.ok || current.value !== stored) setText(String(stored));
  }

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    const result = parseParticipants(event.target.value, lang);
    const next = result.ok ? result.value : before;
    if (next !== stored) {
      setWritten(next);
      setParticipants(next);
    }
  };

  const validate = () => {
    const result = parseParticipants(text, lang);
    setError(result.ok ? null : result.error);
    if (result.ok) return true;
    setAttempt((a) => a + 1);
    return false;
  };

  const message = error
    ? t(`steps.participants.errors.${error}`, { min: formatNumber(MIN_PARTICIPANTS, lang), max: formatNumber(MAX_PARTICIPANTS, lang) })
    : null;
  const describedBy = [`${fieldId}-hint`, message ? `${fieldId}-error` : ''].filter(Boolean).join(' ');

  return (
    <QuestionShell step="participants" errors={message ? [{ fieldId, message }] : []} attempt={attempt} onContinue={validate}>
      <div className={message ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor={fieldId} className="field-label">{t('steps.participants.label')}</label>
        <p id={`${fieldId}-hint`} className="field-hint">{t('steps.participants.hint')}</p>
        {message ? (
          <p id={`${fieldId}-error`} className="field-error">
            <span className="visually-hidden">{t('errorPrefix')} </span>
            {message}
          </p>
        ) : null}
        <input
          id={fieldId}
          name={fieldId}
          className={message ? 'text-input text-input--number text-input--error' : 'text-input text-input--number'}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={change}
          aria-describedby={describedBy}
          aria-invalid={message ? true : undefined}
        />
      </div>
    </QuestionShell>
  );
}
