import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { paths } from '../share/routes';
import { ErrorBoundary } from './error-boundary';
import { useIdle } from './idle';

const load = () => import('./notices').then((m) => ({ default: m.Notices }));

/** Said when the notices could not be loaded, so a message is never silently lost. */
function NoticesFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notices no-print" role="status">
      <p>
        <strong>{t('loadFailed.partTitle')}</strong> {t('loadFailed.partBody')}{' '}
        <button type="button" className="button button--quiet" onClick={retry}>{t('loadFailed.retry')}</button>
      </p>
    </div>
  );
}

/**
 * The notices, which need the store. Every page but the start page loads the store anyway, so
 * there they show at once; the start page fetches them (and the store) once the browser is idle,
 * to keep its first screen small.
 */
export function DeferredNotices() {
  const { pathname } = useLocation();
  // A new lazy per attempt: a failed download is tried again only when asked.
  const [attempt, setAttempt] = useState(0);
  const [Notices, setNotices] = useState(() => lazy(load));
  const idle = useIdle();
  if (pathname === paths.start && !idle) return null;
  return (
    <ErrorBoundary
      resetKey={attempt}
      fallback={() => (
        <NoticesFailed
          retry={() => {
            setNotices(() => lazy(load));
            setAttempt((a) => a + 1);
          }}
        />
      )}
    >
      <Suspense fallback={null}>
        {/* The notices fetch their own texts, and only those of the notices there are. */}
        <Notices attempt={attempt} />
      </Suspense>
    </ErrorBoundary>
  );
}
