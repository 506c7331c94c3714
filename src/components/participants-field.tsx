import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats, useLang } from '../i18n/format';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from '../share/limits';
import { useStore } from '../state/store';
import { parseParticipants, type ParticipantsError, type ParticipantsResult } from './parse-participants';

/**
 * What the person types for the largest meeting, kept apart from the stored answer. Every valid
 * number reaches the store at once (so the ranking follows as they type). While the text is not a
 * valid number the store holds, with `keep: 'lastValid'`, the last valid number typed (the adjust
 * panel: the ranking does not jump while a number is retyped), or with `keep: 'before'` the answer
 * from before this page (a question page: never a half-typed "25000" on the way to "250000").
 * A change from elsewhere ("Delete this client", a relaxation, a link) shows in the field unless the
 * text already says it.
 */
export function useParticipantsDraft(keep: 'before' | 'lastValid') {
  const lang = useLang();
  const stored = useStore((s) => s.answers.participants);
  const setParticipants = useStore((s) => s.setParticipants);
  const [text, setText] = useState(() => String(stored));
  const [before, setBefore] = useState(stored);
  // Our own last write; anything else changed the store from elsewhere.
  const [written, setWritten] = useState(stored);
  if (stored !== written) {
    setWritten(stored);
    setBefore(stored);
    const current = parseParticipants(text, lang);
    if (!current.ok || current.value !== stored) setText(String(stored));
  }

  const change = (value: string) => {
    setText(value);
    const result = parseParticipants(value, lang);
    const next = result.ok ? result.value : before;
    if (result.ok && keep === 'lastValid') setBefore(result.value);
    if (next !== stored) {
      setWritten(next);
      setParticipants(next);
    }
  };
  const check = (): ParticipantsResult => parseParticipants(text, lang);
  /** The typed number is settled: a later invalid text falls back to it. */
  const settle = () => {
    const result = check();
    if (result.ok) setBefore(result.value);
    return result;
  };
  return { text, change, check, settle };
}

/** The error message for a participants error, with the bounds in the reader's number format. */
export function useParticipantsError(error: ParticipantsError | null): string | null {
  const { t } = useTranslation('wizard');
  const { number } = useFormats();
  return error ? t(`participantsErrors.${error}`, { min: number(MIN_PARTICIPANTS), max: number(MAX_PARTICIPANTS) }) : null;
}

interface Props {
  id: string;
  label: string;
  hint: string;
  draft: ReturnType<typeof useParticipantsDraft>;
  /** The error to show now, if any (the wizard shows it on Continue, the adjust panel on leaving the field). */
  error: ParticipantsError | null;
  onLeave?: () => void;
  className?: string;
  labelClassName?: string;
}

/**
 * The size of the largest meeting: a text field with `inputmode="numeric"`, its hint and an
 * inline error tied with `aria-describedby` (GOV.UK pattern). Used by the question page and the
 * results' adjust panel.
 */
export function ParticipantsField({ id, label, hint, draft, error, onLeave, className = '', labelClassName = 'field-label' }: Props) {
  const { t } = useTranslation();
  const message = useParticipantsError(error);
  const describedBy = message ? `${id}-hint ${id}-error` : `${id}-hint`;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && onLeave) onLeave();
  };
  return (
    <div className={`form-group ${message ? 'form-group--error' : ''} ${className}`}>
      <label htmlFor={id} className={labelClassName}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">{hint}</p>
      {message ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t('errorPrefix')} </span>
          {message}
        </p>
      ) : null}
      <input
        id={id}
        name="participants"
        className={`text-input text-input--number ${message ? 'text-input--error' : ''}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={draft.text}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={onLeave}
        onKeyDown={onKeyDown}
        aria-describedby={describedBy}
        aria-invalid={message ? true : undefined}
      />
    </div>
  );
}
