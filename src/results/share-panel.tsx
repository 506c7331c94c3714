import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkParamsOf, shareUrlOf, useShareUrl } from '../components/use-link-params';
import { useStore } from '../state/store';

const linkNow = () => shareUrlOf(linkParamsOf(useStore.getState()));

/** The link to copy by hand, kept in step with the answers; shown only once copying has failed. */
function ManualLink({ id, failures }: { id: string; failures: number }) {
  const { t } = useTranslation('sharing');
  const field = useRef<HTMLInputElement>(null);
  const url = useShareUrl();
  // Each failure selects the link in the field again.
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [failures]);
  return (
    <p className="share__manual">
      <label htmlFor={`${id}-link`}>{t('share.linkLabel')}</label>
      <input id={`${id}-link`} ref={field} className="text-input share__field" type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
    </p>
  );
}

/**
 * "Copy link", with a read-only field to copy from by hand where the clipboard is unavailable.
 * The link is built when it is copied, so a change of answers does not draw this panel again.
 */
export function SharePanel() {
  const { t } = useTranslation('sharing');
  const [message, setMessage] = useState('');
  // How often copying failed: each failure shows the field and selects the link in it again.
  const [failures, setFailures] = useState(0);
  const id = useId();

  const copy = async () => {
    setMessage('');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(linkNow());
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
      {failures > 0 ? <ManualLink id={id} failures={failures} /> : null}
      <p role="status" className="share__status">{message}</p>
    </section>
  );
}
