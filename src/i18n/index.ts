import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLang, languages, type Lang } from '../share/languages';
import type { Namespace } from './namespaces';

/** Where the built locale files are (see `localeFiles` in vite.config.ts), e.g. '/assets/locales-1a2b3c4d5e/'. */
declare const __LOCALES__: string;

/**
 * Fetches the locale files, e.g. nl/common.json: only the active language's namespaces. i18next
 * asks only for the supported languages and the namespaces in `namespaces`; any other file would
 * fail as a missing one does.
 */
const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    fetch(`${__LOCALES__}${lng}/${ns}.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`The texts ${lng}/${ns} could not be loaded (${response.status}).`);
        return response.json() as Promise<Record<string, unknown>>;
      })
      .then(
        (texts) => callback(null, texts),
        // `true`: i18next may try again (maxRetries below), as a dropped connection often comes back.
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
      );
  },
};

/**
 * Creates the app's i18next instance. Without `resources` the locale files are loaded on demand
 * (the browser); tests pass all resources to render synchronously. `preload` names the
 * namespaces the first page needs besides `common`.
 */
export async function createI18n(lng: Lang = defaultLang, resources?: Resource, preload: readonly Namespace[] = []): Promise<I18n> {
  const instance = i18next.createInstance();
  if (!resources) instance.use(lazyBackend);
  instance.use(initReactI18next);
  // `<html lang>` follows the language shown, from the first render on.
  instance.on('languageChanged', (shown) => {
    document.documentElement.lang = shown;
  });
  await instance.init({
    lng,
    fallbackLng: false,
    supportedLngs: [...languages],
    // The first page's namespaces load in parallel with `common`, not one after another.
    ns: ['common', ...preload],
    defaultNS: 'common',
    // Tests pass every namespace of both languages; the list of them stays out of the browser's code.
    ...(resources ? { resources, ns: Object.keys(resources[lng] ?? {}) } : {}),
    interpolation: { escapeValue: false },
    // A locale file that fails is tried twice more, quickly; then the page says it could not load.
    maxRetries: 2,
    retryTimeout: 250,
    // Only a change of language redraws every text; a namespace that arrives later reaches the parts
    // waiting for it through Suspense (react-i18next's default), without redrawing the whole page
    // each time. `returnNull: false` is i18next's default too, and typed in i18next.d.ts.
    react: { bindI18n: 'languageChanged' },
  });
  return instance;
}

/**
 * Switches language. i18next first loads every namespace already in use for the new language,
 * then switches, so the page never flashes raw keys.
 */
export async function switchLanguage(instance: I18n, lng: Lang): Promise<void> {
  await instance.changeLanguage(lng);
}
