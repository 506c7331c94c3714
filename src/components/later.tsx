import { lazy, startTransition, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import type { Namespace } from '../i18n/namespaces';
import { ErrorBoundary } from './error-boundary';
import { whenIdle } from './idle';
import { TextsGate } from './texts-gate';

/**
 * A small extra that no first screen needs (the start page's data choice, the footer's "forget"
 * button): fetched once the page is up and the browser is idle, so the first load stays small.
 * Until then it holds nothing; should it fail to load, it stays away (each is offered elsewhere
 * too, or can wait for the next visit).
 */
export function Later({ load, namespaces = [] }: { load: () => Promise<{ default: ComponentType }>; namespaces?: readonly Namespace[] }) {
  const [Part, setPart] = useState<LazyExoticComponent<ComponentType> | null>(null);
  // A transition: the extra renders in small slices, never as one long task while the user reads.
  useEffect(() => whenIdle(() => startTransition(() => setPart(() => lazy(load)))), [load]);
  if (!Part) return null;
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
