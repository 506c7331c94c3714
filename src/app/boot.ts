import { isOneLine, loadNoticeCallout, textsOf } from '../components/notices';
import { applyOwnPart } from '../components/use-catalog';
import type { Namespace } from '../i18n/namespaces';
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
  const link = applySharedLink(raw);
  // The own tools it carries join the ranking once decoded, after the first render.
  if (link.own) void applyOwnPart(link.own);
  const lang = link.lang ?? useStore.getState().lang;
  if (lang !== useStore.getState().lang) useStore.getState().setLang(lang);
  return lang;
}


/**
 * What the notices need beyond a one-line notice's code and texts, fetched before the first render
 * so that a link read only in part shows its callout with the page, never after it.
 */
export function noticesNeed(): { code: Promise<void> | null; namespaces: Namespace[] } {
  const notices = useStore.getState().notices;
  if (notices.every(isOneLine)) return { code: null, namespaces: [] };
  return { code: loadNoticeCallout(), namespaces: [...new Set(notices.flatMap(textsOf))] };
}
