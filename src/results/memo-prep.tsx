import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresenting } from '../components/present';
import { printWhenReady } from '../components/print';
import { useCatalog } from '../components/use-catalog';
import { useFormats } from '../i18n/format';
import { maxClientName, maxNotes } from '../state/persisted';
import { useStore } from '../state/store';

/**
 * The consultant's client name and notes for the printed memo (kept in this browser only), Print,
 * and the export of this client as a file. While presenting, the notes are hidden (the memo still
 * prints them: they were written for the client).
 */
export function MemoPrep() {
  const { t, i18n } = useTranslation('sharing');
  const presenting = usePresenting();
  const catalog = useCatalog(useStore((s) => s.dataSet));
  const [exported, setExported] = useState<string | null>(null);
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
      {presenting ? <p className="field-hint" data-notes-hidden>{t('memo.notesHidden')}</p> : null}
      <div className="memo-prep__notes" data-private hidden={presenting}>
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
        <button
          type="button"
          className="button button--secondary"
          data-export-client
          aria-describedby={`${id}-export-hint`}
          onClick={() => void import('./export-client').then((m) => m.exportClient(catalog, i18n)).then(setExported)}
        >
          {t('memo.export')}
        </button>
      </div>
      <p id={`${id}-export-hint`} className="field-hint">{t('memo.exportHint')}</p>
      <p role="status" className="memo-prep__exported">{exported ? t('memo.exported', { file: exported }) : ''}</p>
    </section>
  );
}
