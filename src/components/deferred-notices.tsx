import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { paths } from '../share/routes';
import { ErrorBoundary } from './error-boundary';

const Notices = lazy(() => import('./notices').then((m) => ({ default: m.Notices })));

/**
 * The notices, which need the store. Every page but the start page loads the store anyway, so
 * there they show at once; the start page fetches them (and the store) once the browser is idle,
 * to keep its first screen small.
 */
export function DeferredNotices() {
  const { pathname } = useLocation();
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const later = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1000));
    later(() => setIdle(true), { timeout: 2000 });
  }, []);
  if (pathname === paths.start && !idle) return null;
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <Notices />
      </Suspense>
    </ErrorBoundary>
  );
}
