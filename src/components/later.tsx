import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { Namespace } from '../i18n/namespaces';
import { ErrorBoundary } from './error-boundary';
import { useIdle } from './idle';
import { TextsGate } from './texts-gate';

/**
 * A small extra that no first screen needs (the start page's data choice, the footer's "forget"
 * button): fetched once the page is up and the browser is idle, so the first load stays small.
 * Until then it holds nothing; should it fail to load, it stays away (each is offered elsewhere
 * too, or can wait for the next visit).
 */
export function Later({ load, namespaces = [], timeout }: { load: () => Promise<{ default: ComponentType }>; namespaces?: readonly Namespace[]; timeout?: number }) {
  // Made once; React.lazy fetches nothing until the part is first rendered, once the page is idle.
  const [Part] = useState(() => lazy(load));
  if (!useIdle(timeout)) return null;
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
