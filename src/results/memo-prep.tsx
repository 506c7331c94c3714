import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../wizard/store';

/** The consultant's client name and notes for the printed memo (kept in this browser only), and Print. */
export function MemoPrep() {
  const { t } = useTranslation('results');
  const client = useStore(useShallow((s) => s.client));
  const setClient = useStore((s) => s.setClient);
  const id = useId();
  return (
    <section className="memo-prep no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('memo.prepareTitle')}</h2>
      <p className="field-hint">{t('memo.prepareBody')}</p>
      <p>
        <label htmlFor={`${id}-name`} className="adjust__label">{t('memo.clientName')}</label>
        <input id={`${id}-name`} className="text-input memo-prep__name" type="text" autoComplete="off" value={client.name} onChange={(e) => setClient({ name: e.target.value })} />
      </p>
      <p>
        <label htmlFor={`${id}-notes`} className="adjust__label">{t('memo.notes')}</label>
        <textarea id={`${id}-notes`} className="text-input" rows={4} value={client.notes} onChange={(e) => setClient({ notes: e.target.value })} />
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('memo.print')}
        </button>
      </div>
    </section>
  );
}
