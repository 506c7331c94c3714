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
 * Reads the changes since the report once, so that React knows the promise as settled: the memo,
 * drawn inside `beforeprint`, then reads it without suspending. Draws nothing.
 */
function KnowUpdates() {
  use(loadUpdates());
  return null;
}

/**
 * The printed memo for the results page. Its code and texts are fetched once the page is up and
 * the browser is idle (or at once when Print is pressed, which waits for them), so they never
 * delay the first screen. It is drawn only while printing (`beforeprint`,
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
    // At the first idle moment, as before anyone adjusts an answer. Loading it five seconds later
    // raised the results link's Lighthouse median from 0.94 to 0.96, but landed its parsing among
    // the first changes in the adjust panel (worst next paint 128–192 ms against 104–136 ms).
    const cancelIdle = whenIdle(() => void load().catch(() => undefined), 3000);
    const unregister = beforePrinting(load);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
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
