import { startTransition, Suspense, use, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary';
import { whenIdle } from '../components/idle';
import { beforePrinting } from '../components/print';
import { loadUpdates } from '../components/use-catalog';
import { memoTexts } from '../memo/texts';

const loadMemo = () => import('../memo/memo');

/**
 * How long the memo waits after the results show before its code and texts load: the first
 * seconds on a phone belong to the page itself (reading, scrolling, the first answer changed).
 * Lighthouse measured the results link at a median 0.94 with the memo loading at the first idle
 * moment, 0.96 without it. The Print button waits for the memo if it comes before (src/components/print.ts).
 */
const memoDelay = 5000;

/**
 * Reads the changes since the report once, so that React knows the promise as settled: the memo,
 * drawn inside `beforeprint`, then reads it without suspending. Draws nothing.
 */
function KnowUpdates() {
  use(loadUpdates());
  return null;
}

/**
 * The printed memo for the results page. Its code and texts are fetched a few seconds after the
 * page is up, once the browser is idle, or at once when Print is pressed, so they never delay the
 * first screen nor crowd its first seconds. It is drawn only while printing (`beforeprint`,
 * synchronously, so the printout has it), so it costs nothing on each change of an answer and is
 * not in the page otherwise. Nothing may load or suspend inside `beforeprint`: the memo's code is
 * held as a plain component (not `lazy`, whose first render suspends) and its data is settled
 * beforehand. Should it fail to load, printing gives the results page itself (see memo.css).
 */
export function DeferredMemo() {
  const { i18n } = useTranslation();
  const [printing, setPrinting] = useState(false);
  const [Memo, setMemo] = useState<ComponentType | null>(null);
  useEffect(() => {
    // The updates too: the memo lists the chosen tool's changes since the report, whichever data ranks.
    let loading: Promise<void> | null = null;
    const load = () =>
      (loading ??= Promise.all([loadMemo(), loadUpdates(), i18n.loadNamespaces([...memoTexts])]).then(
        ([module]) =>
          new Promise<void>((done) => {
            startTransition(() => setMemo(() => module.Memo));
            // Print waits until React has settled the updates too (KnowUpdates).
            whenIdle(done, 500);
          }),
      ));
    let cancelIdle = () => {};
    const timer = setTimeout(() => (cancelIdle = whenIdle(() => void load().catch(() => undefined), 3000)), memoDelay);
    const unregister = beforePrinting(load);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      clearTimeout(timer);
      cancelIdle();
      unregister();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [i18n]);
  if (!Memo) return null;
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <KnowUpdates />
        {printing ? <Memo /> : null}
      </Suspense>
    </ErrorBoundary>
  );
}
