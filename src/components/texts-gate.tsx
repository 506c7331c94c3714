import { use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Namespace } from '../i18n/namespaces';

const loads = new Map<string, Promise<void>>();

/**
 * Waits for a page's texts before the page shows, and fails (into the page's error boundary,
 * with its Retry) when they cannot be loaded, rather than showing raw keys. i18next counts a
 * failed namespace as "loaded", so this checks that its resources are really there.
 * `attempt` is the boundary's retry count: each retry loads afresh.
 *
 * Once a load was started for these texts, every render with the same language, texts and
 * attempt calls `use()` on it, also when the texts have arrived: a render that suspended here
 * must call `use()` again when it resumes (React warns, and production throws error #520,
 * otherwise). A settled load returns at once.
 */
export function TextsGate({ namespaces, attempt, children }: { namespaces: readonly Namespace[]; attempt: number; children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const key = `${attempt}|${lang}|${namespaces.join(',')}`;
  let load = loads.get(key);
  if (!load) {
    const missing = namespaces.filter((ns) => !i18n.hasResourceBundle(lang, ns));
    if (missing.length) {
      load = i18n.reloadResources(lang, missing).then(() => {
        if (missing.some((ns) => !i18n.hasResourceBundle(lang, ns))) throw new Error(`The texts ${missing.join(', ')} could not be loaded.`);
      });
      loads.set(key, load);
    }
  }
  if (load) use(load);
  return children;
}
