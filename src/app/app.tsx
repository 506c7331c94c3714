import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { PageHeading } from '../components/page-heading';
import { Layout } from './layout';
import { firstPageNeeds, pages } from './pages';
import { TextsGate } from '../components/texts-gate';
import { Later } from '../components/later';
import { StartPage } from './start-page';
import type { RetryableLazy } from '../components/retryable-lazy';

/** Shown while a page's code or texts load. It waits a moment, so fast loads show nothing. */
export function Loading() {
  const { t, ready } = useTranslation(undefined, { useSuspense: false });
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), 300);
    return () => clearTimeout(timer);
  }, []);
  if (!visible) return null;
  return <p className="loading" role="status">{ready ? t('loading.text') : '…'}</p>;
}

function LoadFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="load-failed">
      <PageHeading>{t('loadFailed.title')}</PageHeading>
      <p>{t('loadFailed.body')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={retry}>{t('loadFailed.retry')}</button>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('loadFailed.reload')}
        </button>
      </div>
    </section>
  );
}

/**
 * A page inside its own error boundary and Suspense, shown once its texts are there, with a
 * Retry that fetches its code and texts again. `page` is a split-off page; without it, the start page.
 */
function Page({ page }: { page?: RetryableLazy }) {
  const [attempt, setAttempt] = useState(0);
  const { pathname } = useLocation();
  const Lazy = page?.Component;
  return (
    <ErrorBoundary resetKey={pathname} onRetry={() => setAttempt((a) => a + 1)} fallback={(_e, retry) => <LoadFailed retry={retry} />}>
      <Suspense fallback={<Loading />}>
        <TextsGate namespaces={firstPageNeeds(pathname).namespaces} attempt={attempt}>
          {Lazy ? <Lazy attempt={attempt} /> : <StartPage />}
        </TextsGate>
      </Suspense>
    </ErrorBoundary>
  );
}

/** Whether this build has the offline copy (`VBW_OFFLINE` in vite.config.ts); without it, none of its code ships. */
declare const __OFFLINE__: boolean;

// The service worker is registered, and a new version announced, once the first page has settled.
const loadUpdateNotice = () => import('./update-notice').then((m) => ({ default: m.UpdateNotice }));
// Tabs keep in step once the first screen is painted and the browser is idle.
const loadStoreBridge = () => import('./store-bridge').then((m) => ({ default: m.StoreBridge }));

export function App() {
  return (
    <Layout>
      <Later load={loadStoreBridge} />
      {__OFFLINE__ ? <Later load={loadUpdateNotice} /> : null}
      <Routes>
        <Route index element={<Page />} />
        {Object.entries(pages).map(([path, page]) => <Route key={path} path={path} element={<Page page={page} />} />)}
      </Routes>
    </Layout>
  );
}
