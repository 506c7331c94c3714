import { storageKey } from '../wizard/store';

/**
 * The last resort when the app itself fails to render. It cannot rely on i18next, so it
 * speaks both languages. It offers a reload; the saved answers are kept, not wiped.
 */
export function FatalError({ error }: { error: Error }) {
  return (
    <main className="page page--narrow fatal-error">
      <h1>Er ging iets mis · Something went wrong</h1>
      <p lang="nl">De pagina kon niet worden getoond. Je antwoorden zijn bewaard. Laad de pagina opnieuw.</p>
      <p lang="en">The page could not be shown. Your answers are kept. Please reload the page.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Opnieuw laden · Reload
      </button>
      <details>
        <summary>Details</summary>
        <pre>{error.message}</pre>
        <p>localStorage: {storageKey}</p>
      </details>
    </main>
  );
}
