import { startTransition, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { paths } from '../share/routes';
import { ErrorBoundary } from './error-boundary';
import { retryableLazy } from './retryable-lazy';
import { useIdle } from './idle';

const notices = retryableLazy(() => import('./notices').then((m) => ({ default: m.Notices })));
/** Fetches the notices' code; main.tsx does so beside a page's own, for the page waits for it. */
export const loadNotices = notices.preload;

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
 * there they show with the first screen: their code has no boundary of its own, so the page waits
 * for it and a notice never pushes the page down once shown. The start page fetches them (and the
 * store) once the browser is idle, to keep its first screen small.
 */
export function DeferredNotices() {
  const { pathname } = useLocation();
  // A failed download is tried again only when asked.
  const [attempt, setAttempt] = useState(0);
  const idle = useIdle();
  if (pathname === paths.start && !idle) return null;
  return (
    <ErrorBoundary
      resetKey={attempt}
      fallback={() => (
        <NoticesFailed
          // In a transition, so the page stays on screen while the notices' code comes again.
          retry={() => startTransition(() => setAttempt((a) => a + 1))}
        />
      )}
    >
      {/* The notices fetch their own texts, and only those of the notices there are. */}
      <notices.Component attempt={attempt} />
    </ErrorBoundary>
  );
}
