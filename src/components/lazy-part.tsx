import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './error-boundary';

/** Said in place of a part that could not be loaded, with a Retry that loads it again. */
export function PartFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="part-failed">
      <strong>{t('loadFailed.partTitle')}</strong>{' '}
      <button type="button" className="button button--quiet" onClick={retry}>{t('loadFailed.retry')}</button>
    </p>
  );
}

/**
 * A part of a page whose code loads when it is first shown (an opened card, say). While it
 * loads it says so; if it cannot load, it says that in place and offers Retry, which fetches again.
 */
export function LazyPart<P extends object>({ load, props }: { load: () => Promise<{ default: ComponentType<P> }>; props: P }) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const [Part, setPart] = useState<LazyExoticComponent<ComponentType<P>>>(() => lazy(load));
  const retry = () => {
    setPart(() => lazy(load));
    setAttempt((a) => a + 1);
  };
  return (
    <ErrorBoundary resetKey={attempt} fallback={() => <PartFailed retry={retry} />}>
      <Suspense fallback={<p className="loading">{t('loading.text')}</p>}>
        <Part {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
