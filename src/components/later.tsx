import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Namespace } from '../i18n/namespaces';
import { ErrorBoundary } from './error-boundary';
import { useIdle } from './idle';
import { TextsGate } from './texts-gate';

/**
 * True once the browser is idle after mount and a part's code and texts are in, or one has failed.
 * A part shown before then suspends while they load, and each arrival starts the page's pending
 * render over: the loosenings were drawn up to seven times, and the share panel four, for one
 * showing. Shown after, it renders once, and a failure is the part's to report.
 */
export function useLoadedWhenIdle(load: () => Promise<unknown>, namespaces: readonly Namespace[], timeout?: number): boolean {
  const { i18n } = useTranslation();
  // import() fetches a module once, so the part's own call later finds it in.
  return useIdle(timeout, () => Promise.all([load(), i18n.loadNamespaces(namespaces)]));
}

/**
 * A small extra that no first screen needs (the start page's data choice, the footer's "forget"
 * button): fetched once the page is up and the browser is idle, so the first load stays small.
 * Until it is in, it holds nothing; should it fail to load, it stays away (each is offered
 * elsewhere too, or can wait for the next visit).
 */
export function Later({ load, namespaces = [], timeout }: { load: () => Promise<{ default: ComponentType }>; namespaces?: readonly Namespace[]; timeout?: number }) {
  // Made once; React.lazy fetches nothing until the part is first rendered.
  const [Part] = useState(() => lazy(load));
  if (!useLoadedWhenIdle(load, namespaces, timeout)) return null;
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <TextsGate namespaces={namespaces} attempt={0}>
          <Part />
        </TextsGate>
      </Suspense>
    </ErrorBoundary>
  );
}
