import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from '../share/limits';
import { parseParticipants, type ParticipantsError } from '../wizard/parse-participants';
import { useStore } from '../wizard/store';
import { localeTags } from '../i18n/languages';
import { useLang } from './use-lang';

/**
 * The size of the largest meeting, changed in place. A valid number re-ranks at once; an
 * invalid one is kept in the field with an error (shown once the person leaves the field),
 * and the ranking stays at the last valid number.
 */
export function ParticipantsField() {
  const { t } = useTranslation(['results', 'wizard']);
  const lang = useLang();
  const participants = useStore((s) => s.answers.participants);
  const setParticipants = useStore((s) => s.setParticipants);
  // null: show the stored number (so a link or a relaxation that changes it shows up here).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ParticipantsError | null>(null);
  const id = useId();
  const numbers = new Intl.NumberFormat(localeTags[lang]);

  const change = (text: string) => {
    setDraft(text);
    const parsed = parseParticipants(text, lang);
    if (parsed.ok) {
      setError(null);
      if (parsed.value !== participants) setParticipants(parsed.value);
    }
  };
  const leave = () => {
    if (draft === null) return;
    const parsed = parseParticipants(draft, lang);
    if (parsed.ok) setDraft(null);
    else setError(parsed.error);
  };

  return (
    <div className={`adjust__field ${error ? 'form-group--error' : ''}`}>
      <label htmlFor={id} className="adjust__label">{t('results:criteria.participants')}</label>
      <p id={`${id}-hint`} className="field-hint">{t('results:adjust.participantsHint')}</p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t('wizard:errorPrefix')} </span>
          {t(`wizard:steps.participants.errors.${error}`, { min: MIN_PARTICIPANTS, max: numbers.format(MAX_PARTICIPANTS) })}
        </p>
      ) : null}
      <input
        id={id}
        className={`text-input adjust__number ${error ? 'text-input--error' : ''}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft ?? String(participants)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={leave}
        onKeyDown={(e) => {
          if (e.key === 'Enter') leave();
        }}
      />
    </div>
  );
}
