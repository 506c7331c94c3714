import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { printWhenReady } from '../components/print';
import { useFormats } from '../i18n/format';
import { maxClientName, maxNotes } from '../state/persisted';
import { useStore } from '../state/store';

/** The consultant's client name and notes for the printed memo (kept in this browser only), and Print. */
export function MemoPrep() {
  const { t } = useTranslation('sharing');
  const { number } = useFormats();
  const name = useStore((s) => s.client.name);
  const notes = useStore((s) => s.client.notes);
  const setClient = useStore((s) => s.setClient);
  const id = useId();
  const full = notes.length >= maxNotes;
  return (
    <section className="memo-prep no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('memo.prepareTitle')}</h2>
      <p className="field-hint">{t('memo.prepareBody')}</p>
      <p>
        <label htmlFor={`${id}-name`} className="adjust__label">{t('memo.clientName')}</label>
        <input
          id={`${id}-name`}
          className="text-input memo-prep__name"
          type="text"
          autoComplete="off"
          maxLength={maxClientName}
          value={name}
          onChange={(e) => setClient({ name: e.target.value })}
        />
      </p>
      <div className="memo-prep__notes">
        <label htmlFor={`${id}-notes`} className="adjust__label">{t('memo.notes')}</label>
        <p id={`${id}-notes-hint`} className="field-hint">{t('memo.notesHint', { max: number(maxNotes) })}</p>
        <textarea
          id={`${id}-notes`}
          className="text-input"
          rows={4}
          maxLength={maxNotes}
          value={notes}
          aria-describedby={`${id}-notes-hint ${id}-notes-count`}
          onChange={(e) => setClient({ notes: e.target.value })}
        />
        <p id={`${id}-notes-count`} className={full ? 'char-count char-count--full' : 'char-count'}>
          {t('memo.notesCount', { count: notes.length, used: number(notes.length), max: number(maxNotes) })}
        </p>
        {/* Announced once, when the limit is reached; the count itself is read with the field. */}
        <p className="visually-hidden" aria-live="polite">{full ? t('memo.notesFull', { max: number(maxNotes) }) : ''}</p>
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void printWhenReady()}>
          {t('memo.print')}
        </button>
      </div>
    </section>
  );
}
