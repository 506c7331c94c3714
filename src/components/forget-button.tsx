import { useEffect } from 'react';
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
  useEffect(() => {
    if (!requested) return;
    // The store is fetched here if no page has needed it yet (the start page does not).
    void Promise.all([import('../state/store'), import('../state/client-actions')]).then(([{ useStore }, { deleteClient }]) => {
      const deleted = deleteClient(useStore.getState().id);
      useStore.getState().addNotice({ kind: 'clientDeleted', deleted });
    });
    navigate(location.pathname, { replace: true, state: null });
  }, [requested, navigate, location.pathname]);
}

/** The footer's part: the button, and carrying out a deletion once the navigation it asks for lands. */
export function Forget() {
  useForgetOnArrival();
  return <ForgetButton />;
}
