import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/error-boundary';

const Memo = lazy(() => import('../memo/memo').then((m) => ({ default: m.Memo })));

/**
 * The printed memo for the results page, fetched once the page is up and the browser is idle:
 * it never delays the first screen, and it is there before anyone prints. Should it fail to
 * load, printing gives the results page itself (see memo.css).
 */
export function DeferredMemo() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1000));
    const cancel = window.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => setWanted(true), { timeout: 2000 });
    const onPrint = () => setWanted(true);
    window.addEventListener('beforeprint', onPrint);
    return () => {
      cancel(handle as number);
      window.removeEventListener('beforeprint', onPrint);
    };
  }, []);
  if (!wanted) return null;
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <Memo />
      </Suspense>
    </ErrorBoundary>
  );
}
