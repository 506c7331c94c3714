import { defaultLang, isLang, type Lang } from '../share/languages';
import { langKey, storageKey } from './storage-key';

/**
 * The language chosen last, read straight from storage without the store: the start page
 * shows in it at once, while the store (with its checks of everything else) loads when needed.
 * Before version 6 it was part of the one saved state, which the store moves on its first read.
 * Anything unreadable gives Dutch.
 * @example readSavedLang() // 'en' when the saved language says so
 */
export function readSavedLang(): Lang {
  try {
    const lang: unknown = localStorage.getItem(langKey) ?? (JSON.parse(localStorage.getItem(storageKey) ?? '{}') as { state?: { lang?: unknown } })?.state?.lang;
    return isLang(lang) ? lang : defaultLang;
  } catch {
    return defaultLang;
  }
}
