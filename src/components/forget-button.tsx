import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../share/routes';

/**
 * "Delete this client": no question first, since the notice that follows offers Undo. It leaves
 * for the start page first and deletes once there: a results page still on screen would otherwise
 * write the new client's answers into the address bar mid-way.
 */
export function ForgetButton() {
  const { t } = useTranslation('storage');
  const navigate = useNavigate();
  return (
    <button type="button" className="button button--quiet" data-delete-client onClick={() => navigate(paths.start, { state: { forget: true } })}>
      {t('forget.button')}
    </button>
  );
}

/** Carries out a deletion requested by ForgetButton once the navigation away has landed. */
export function useForgetOnArrival() {
  const location = useLocation();
  const navigate = useNavigate();
  const requested = (location.state as { forget?: boolean } | null)?.forget === true;
  // Once per request (the navigation's key): an effect run twice (React's strict mode) would
  // delete the new, blank client too, and Undo would bring back that one.
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!requested || handled.current === location.key) return;
    handled.current = location.key;
    // What is done to clients is fetched when asked for: the footer's button comes with every page.
    void Promise.all([import('../state/store'), import('../state/client-actions')]).then(([{ useStore }, { deleteClient }]) => {
      const deleted = deleteClient(useStore.getState().id);
      useStore.getState().addNotice({ kind: 'clientDeleted', deleted });
    });
    navigate(location.pathname, { replace: true, state: null });
  }, [requested, navigate, location.pathname, location.key]);
}

/** The footer's part: the button, and carrying out a deletion once the navigation it asks for lands. */
export function Forget() {
  useForgetOnArrival();
  return <ForgetButton />;
}
