import { lazy, Suspense, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary';
import { whenIdle } from '../components/idle';
import { loadUpdates } from '../components/use-catalog';

const loadMemo = () => import('../memo/memo');
const Memo = lazy(() => loadMemo().then((m) => ({ default: m.Memo })));

/**
 * The printed memo for the results page. Its code and texts are fetched once the page is up and
 * the browser is idle, so they never delay the first screen; it is drawn only while printing
 * (`beforeprint`, synchronously, so the printout has it), so it costs nothing on each change of
 * an answer. Should it fail to load, printing gives the results page itself (see memo.css).
 */
export function DeferredMemo() {
  const { i18n } = useTranslation();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The updates too: the memo lists the chosen tool's changes since the report, whichever data ranks.
    const cancel = whenIdle(() => void Promise.all([loadMemo(), loadUpdates(), i18n.loadNamespaces(['memo', 'tools', 'updates', 'checklist'])]).catch(() => undefined), 3000);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      cancel();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [i18n]);
  if (!printing) return null;
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <Memo />
      </Suspense>
    </ErrorBoundary>
  );
}
