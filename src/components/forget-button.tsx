import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../share/routes';

/** "Forget my answers" / "New client": asks once, then clears everything this app stored. */
export function ForgetButton() {
  const { t } = useTranslation('storage');
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
            setAsking(false);
            // Leave first, forget once the start page is shown: a results page still on screen
            // would otherwise write the reset answers back into the address bar.
            navigate(paths.start, { state: { forget: true } });
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

/** Carries out a "forget" requested by ForgetButton once the navigation away has landed. */
export function useForgetOnArrival() {
  const location = useLocation();
  const navigate = useNavigate();
  const requested = (location.state as { forget?: boolean } | null)?.forget === true;
  useEffect(() => {
    if (!requested) return;
    // The store is fetched here if no page has needed it yet (the start page does not).
    void import('../state/store').then(({ useStore }) => useStore.getState().forget());
    navigate(location.pathname, { replace: true, state: null });
  }, [requested, navigate, location.pathname]);
}

/** The footer's part: the button, and carrying out a forget once the navigation it asks for lands. */
export function Forget() {
  useForgetOnArrival();
  return <ForgetButton />;
}
