import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useStore } from '../wizard/store';
import { paths } from '../app/paths';

/** "Forget my answers" / "New client": asks once, then clears everything this app stored. */
export function ForgetButton() {
  const { t } = useTranslation();
  const forget = useStore((s) => s.forget);
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
        {t('forget.button')}
      </button>
    );
  }
  return (
    <div className="forget" role="group" aria-labelledby="forget-question">
      <p id="forget-question">{t('forget.question')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            forget();
            setAsking(false);
            navigate(paths.start);
          }}
        >
          {t('forget.confirm')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setAsking(false)} autoFocus>
          {t('forget.cancel')}
        </button>
      </div>
    </div>
  );
}
