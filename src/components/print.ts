/**
 * Printing the results prints the memo, whose code loads after the first screen
 * (src/app/deferred-memo.tsx). The Print button asks through here, so a click that comes before
 * the memo has loaded waits for it rather than printing the screen's page; the results feature
 * and the memo stay apart.
 */
let prepare: (() => Promise<unknown>) | null = null;
/** Prints waiting for a part to register (Print pressed more than once waits once per press). */
const waiting = new Set<() => void>();

/** Registers what must be loaded before printing; returns a function that unregisters it. */
export function beforePrinting(load: () => Promise<unknown>): () => void {
  prepare = load;
  for (const go of waiting) go();
  return () => {
    if (prepare === load) prepare = null;
  };
}

/**
 * Prints once what printing needs has loaded; prints anyway if it cannot load (the page itself
 * then prints). The memo's part and the Print button are loaded apart, each when the page is
 * idle, so a Print pressed before the memo's part has registered waits for it, up to `wait` ms.
 */
export async function printWhenReady(wait = 8000): Promise<void> {
  if (!prepare) {
    await new Promise<void>((done) => {
      const go = () => {
        clearTimeout(timer);
        waiting.delete(go);
        done();
      };
      const timer = setTimeout(go, wait);
      waiting.add(go);
    });
  }
  await prepare?.().catch(() => undefined);
  window.print();
}
