/**
 * Printing the results prints the memo, whose code loads after the first screen
 * (src/app/deferred-memo.tsx). The Print button asks through here, so a click that comes before
 * the memo has loaded waits for it rather than printing the screen's page; the results feature
 * and the memo stay apart.
 */
let prepare: (() => Promise<unknown>) | null = null;

/** Registers what must be loaded before printing; returns a function that unregisters it. */
export function beforePrinting(load: () => Promise<unknown>): () => void {
  prepare = load;
  return () => {
    if (prepare === load) prepare = null;
  };
}

/** Prints once what printing needs has loaded; prints anyway if it cannot load (the page itself then prints). */
export async function printWhenReady(): Promise<void> {
  await prepare?.().catch(() => undefined);
  window.print();
}
