import { startTransition, Suspense, use, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary';
import { whenSettled } from '../components/idle';
import { inIdleSteps } from '../components/idle-steps';
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

/** Calls `done` once the parts before it have committed (so after KnowUpdates has settled). */
function Drawn({ done }: { done: () => void }) {
  useEffect(done, [done]);
  return null;
}

/**
 * The printed memo for the results page. Its code and texts are fetched once the page has
 * settled (or at once when Print is pressed, which waits for them), so they never delay the
 * first screen. It is drawn only while printing (`beforeprint`,
 * synchronously, so the printout has it), so it costs nothing on each change of an answer and is
 * not in the page otherwise. Nothing may load or suspend inside `beforeprint`: the memo's code is
 * held as a plain component (not `lazy`, whose first render suspends) and its data is settled
 * beforehand. Should it fail to load, printing gives the results page itself (see memo.css).
 */
export function DeferredMemo() {
  const { i18n } = useTranslation();
  const [printing, setPrinting] = useState(false);
  const [Memo, setMemo] = useState<ComponentType | null>(null);
  const onDrawn = useRef<() => void>(() => {});
  const drawn = useCallback(() => onDrawn.current(), []);
  useEffect(() => {
    // The memo's code, the changes since the report (the memo lists the chosen tool's, whichever
    // data ranks) and its texts load one by one, each in an idle moment of its own, once the page
    // has settled (`whenSettled`). In one go at the first idle moment they made a task of 75–110 ms
    // with the CPU slowed four times, in the page's first seconds. Print hurries the steps left;
    // Ctrl+P before they are done prints the results page itself (memo.css).
    let module: Awaited<ReturnType<typeof loadMemo>> | null = null;
    const steps = inIdleSteps([
      () => loadMemo().then((m) => void (module = m)),
      () => loadUpdates(),
      () => i18n.loadNamespaces([...memoTexts]),
    ], { first: (go) => whenSettled(go) });
    // Print waits until React has drawn the memo's part with the updates settled (Drawn).
    const ready = steps.done.then(
      () =>
        new Promise<void>((done) => {
          onDrawn.current = done;
          startTransition(() => setMemo(() => module!.Memo));
        }),
    );
    ready.catch(() => undefined);
    const load = () => {
      steps.hurry();
      return ready;
    };
    const unregister = beforePrinting(load);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      steps.cancel();
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
        <Drawn done={drawn} />
        {printing ? <Memo /> : null}
      </Suspense>
    </ErrorBoundary>
  );
}
