import { storageKey } from '../state/storage-key';

/**
 * The last resort when the app cannot start or render: a part of it failed to load, or broke.
 * It cannot rely on i18next, so it speaks both languages. Retry loads the page again; the saved
 * answers are kept, not wiped.
 */
export function FatalError({ error }: { error: Error }) {
  return (
    <main className="page page--narrow fatal-error" id="main">
      <h1>Er ging iets mis · Something went wrong</h1>
      <p lang="nl">Een deel van de wijzer kon niet worden geladen of getoond; misschien is de verbinding weg. Je antwoorden zijn bewaard. Probeer het opnieuw.</p>
      <p lang="en">Part of the guide could not be loaded or shown; the connection may be down. Your answers are kept. Please try again.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Opnieuw proberen · Try again
      </button>
      <details>
        <summary>Details</summary>
        <pre>{error.message}</pre>
        <p>localStorage: {storageKey}</p>
      </details>
    </main>
  );
}
