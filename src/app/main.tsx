import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createI18n } from '../i18n';
import { App } from './app';
import { linkPart } from './link-part';
import { firstPageNeeds, preloadPages } from './pages';
import { useStore } from '../wizard/store';
import { ErrorBoundary } from '../components/error-boundary';
import { FatalError } from './fatal-error';
import './styles.css';

// Fetch the first page's code and texts at once, in parallel, rather than in rounds.
const needs = firstPageNeeds(window.location.pathname);
needs.page?.preload();
// The share-link parser is only downloaded when the address carries a link.
const lang = linkPart(window.location)
  ? (await import('./boot')).applyLinkFromLocation(window.location)
  : useStore.getState().lang;
document.documentElement.lang = lang;
const i18n = await createI18n(lang, undefined, [...needs.namespaces, ...(useStore.getState().notices.length ? (['notices'] as const) : [])]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary fallback={(error) => <FatalError error={error} />}>
      <I18nextProvider i18n={i18n}>
        <BrowserRouter>
          <Suspense fallback={null}>
            <App />
          </Suspense>
        </BrowserRouter>
      </I18nextProvider>
    </ErrorBoundary>
  </StrictMode>,
);

// Fetch the other pages once the first screen is up and the browser is idle.
const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500));
window.addEventListener('load', () => idle(() => preloadPages()), { once: true });
