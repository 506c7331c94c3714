import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLinkParams } from '../components/use-link-params';
import { resultsUrl } from '../share/routes';

/** "Copy link", with a read-only field to copy from by hand where the clipboard is unavailable. */
export function SharePanel() {
  const { t } = useTranslation('sharing');
  const [message, setMessage] = useState('');
  // How often copying failed: each failure shows the field and selects the link in it again.
  const [failures, setFailures] = useState(0);
  const manual = failures > 0;
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const url = resultsUrl(window.location.origin, `#${useLinkParams()}`);

  useEffect(() => {
    if (failures === 0) return;
    field.current?.focus();
    field.current?.select();
  }, [failures]);

  const copy = async () => {
    setMessage('');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setFailures(0);
      setMessage(t('share.copied'));
    } catch {
      setFailures((n) => n + 1);
      setMessage(t('share.copyFailed'));
    }
  };

  return (
    <section className="share no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('share.title')}</h2>
      <p>{t('share.body')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('share.copy')}
        </button>
      </div>
      {manual ? (
        <p className="share__manual">
          <label htmlFor={`${id}-link`}>{t('share.linkLabel')}</label>
          <input id={`${id}-link`} ref={field} className="text-input share__field" type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
        </p>
      ) : null}
      <p role="status" className="share__status">{message}</p>
    </section>
  );
}
