import { linkPart } from '../share/link-part';
import type { Lang } from '../share/languages';
import { applySharedLink } from '../state/apply-link';
import { useStore } from '../state/store';

/**
 * Applies a shared results link before the first render (so nothing flickers), and picks the
 * language: the link's `lang`, else the one chosen before, else Dutch.
 */
export function applyLinkFromLocation(location: Pick<Location, 'pathname' | 'hash' | 'search'>): Lang {
  const raw = linkPart(location);
  if (!raw) return useStore.getState().lang;
  const lang = applySharedLink(raw) ?? useStore.getState().lang;
  if (lang !== useStore.getState().lang) useStore.getState().setLang(lang);
  return lang;
}

