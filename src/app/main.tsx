import type { i18n as I18n } from 'i18next';
import { StrictMode, Suspense, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { loadNotices } from '../components/deferred-notices';
import { ErrorBoundary } from '../components/error-boundary';
import { whenSettled } from '../components/idle';
import { createI18n, switchLanguage } from '../i18n';
import type { Namespace } from '../i18n/namespaces';
import { isLang } from '../share/languages';
import { linkPart } from '../share/link-part';
import { readSavedLang } from '../state/saved-lang';
import { App } from './app';
import { FatalError } from './fatal-error';
import { firstPageNeeds, preloadPages } from './pages';
import './styles.css';

const root = createRoot(document.getElementById('root')!);


async function start() {
  // Fetch the first page's code and texts at once, in parallel, rather than in rounds.
  const needs = firstPageNeeds(window.location.pathname);
  // Every page but the start page shows its notices with its first screen (they wait for each
  // other, so a notice never pushes the page down): their code comes alongside. A failure here is
  // the page's or the notices' own to report, with their Retry. The first render waits for both,
  // so it draws the whole page in one go: a part that suspends would show a blank fallback first,
  // and React then holds the page back for 300 ms.
  const codeIn = needs.page ? Promise.all([needs.page.preload(), loadNotices()]) : null;
  const namespaces: Namespace[] = [...needs.namespaces];
  let lang = readSavedLang();
  const link = linkPart(window.location);
  let i18n: I18n;
  // The share-link parser and the store are only downloaded here when the address carries a link.
  if (link) {
    // Its texts download meanwhile, side by side with that code, in the language the link names
    // (the boot code checks it properly) or else the saved one. Opening a link nearly always has
    // something to say (its answers were filled in), so the notices' texts come too.
    const named = new URLSearchParams(link.slice(1)).get('lang');
    const [boot, texts] = await Promise.all([import('./boot'), createI18n(isLang(named) ? named : lang, undefined, [...namespaces, 'notices'])]);
    lang = boot.applyLinkFromLocation(window.location);
    if (texts.language !== lang) await switchLanguage(texts, lang);
    // A link read only in part says so in a callout, whose code and texts come before the page.
    const more = boot.noticesNeed();
    await Promise.all([more.code, texts.loadNamespaces(more.namespaces)]);
    i18n = texts;
  } else {
    i18n = await createI18n(lang, undefined, namespaces);
  }
  // Without its own texts the app cannot say anything; the error page speaks both languages.
  if (!i18n.hasResourceBundle(lang, 'common')) throw new Error('The texts of the app could not be loaded.');
  await codeIn;
  const tree = (
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
    </StrictMode>
  );
  // The first screen renders as a transition: React draws it in slices of a few milliseconds
  // instead of one long task, so a phone stays responsive while it starts (Lighthouse's blocking
  // time on the start page fell from 200–350 ms to 0–70 ms). A link's notice still lands in the
  // same frame as its results: the page waits for the notices (see DeferredNotices).
  startTransition(() => root.render(tree));
  // Some seconds after the first screen, once the page has settled, the other pages' code, so it
  // does not compete with this page's own. (Tabs keep in step from the first idle moment: App.)
  whenSettled(() => preloadPages());
}

// A part that fails to load (the link's boot code, the texts) shows the error page, never a blank one.
start().catch((error: unknown) => root.render(<FatalError error={error instanceof Error ? error : new Error(String(error))} />));
