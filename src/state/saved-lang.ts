import { defaultLang, isLang, type Lang } from '../share/languages';
import { storageKey } from './storage-key';

/**
 * The language saved last time, read straight from storage without the store: the start page
 * shows in it at once, while the store (with its checks of everything else) loads when needed.
 * Anything unreadable gives Dutch; the store reports it when it reads the entry itself.
 * @example readSavedLang() // 'en' when the saved entry says so
 */
export function readSavedLang(): Lang {
  try {
    const raw = localStorage.getItem(storageKey);
    const lang: unknown = raw ? (JSON.parse(raw) as { state?: { lang?: unknown } })?.state?.lang : undefined;
    return isLang(lang) ? lang : defaultLang;
  } catch {
    return defaultLang;
  }
}
