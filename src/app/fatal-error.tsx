import { useLayoutEffect, useRef } from 'react';

// index.html's own failure message, taken before the app draws over it. It cannot rely on
// i18next, so it speaks both languages; it is written once, there, for both cases.
const message = document.getElementById('boot-failed')?.cloneNode(true) as HTMLElement | undefined;

/**
 * The last resort when the app cannot start or render: a part of it failed to load, or broke.
 * It shows index.html's bilingual message, with a button that loads the page again; the saved
 * answers are kept, not wiped.
 */
export function FatalError({ error }: { error: Error }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const shown = message?.cloneNode(true) as HTMLElement | undefined;
    if (!shown || !ref.current) return;
    // Visible at once, not after the start-up delay of its original.
    shown.removeAttribute('id');
    shown.className = '';
    ref.current.replaceChildren(shown);
  }, []);
  return (
    <main className="page page--narrow fatal-error" id="main">
      {/* React leaves this box empty; the message goes in. Without index.html (tests) a bare title. */}
      {message ? <div ref={ref} /> : <h1>Videobelwijzer</h1>}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Opnieuw laden · Reload
      </button>
      <details>
        <summary>Details</summary>
        <pre>{error.message}</pre>
      </details>
    </main>
  );
}
