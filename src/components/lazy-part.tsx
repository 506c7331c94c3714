import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './error-boundary';
import { useLoadedWhenIdle } from './later';
import { TextsGate } from './texts-gate';
import type { Namespace } from '../i18n/namespaces';

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

interface PartProps<P> {
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  /** The locale namespaces it needs, loaded with its code. */
  namespaces?: readonly Namespace[];
}

/**
 * A part of a page whose code loads when it is first shown (an opened card, say). While it
 * loads it says so; if it cannot load, it says that in place and offers Retry, which fetches again.
 */
export function LazyPart<P extends object>({ load, props, namespaces = [] }: PartProps<P>) {
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
        <TextsGate namespaces={namespaces} attempt={attempt}>
          <Part {...props} />
        </TextsGate>
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * A part further down a page (the share and memo panels, say) whose code is fetched once the
 * first screen is up and the browser is idle, so it never delays that screen. It holds nothing
 * until its code and texts are in (or have failed), then behaves as a LazyPart.
 */
export function IdlePart<P extends object>(part: PartProps<P>) {
  return useLoadedWhenIdle(part.load, part.namespaces ?? []) ? <LazyPart {...part} /> : null;
}
