import { parseLink } from '../share/link';
import { isLang, type Lang } from '../i18n/languages';
import { initialAnswers } from '../wizard/persisted';
import { useStore } from '../wizard/store';
import { linkPart } from './link-part';

export { linkPart };

/**
 * Applies a shared results link before the first render (so nothing flickers), and picks the
 * language: the link's `lang`, else the one chosen before, else Dutch.
 */
export function applyLinkFromLocation(location: Pick<Location, 'pathname' | 'hash' | 'search'>): Lang {
  const raw = linkPart(location);
  const store = useStore.getState();
  if (!raw) return store.lang;
  const parsed = parseLink(raw, initialAnswers);
  if (parsed.hasAnswers) store.applyLink(parsed.answers, parsed.ignored);
  else if (parsed.ignored.length) store.addNotice({ kind: 'linkIgnored', ignored: parsed.ignored });
  const lang = parsed.lang ?? store.lang;
  if (isLang(lang) && lang !== store.lang) store.setLang(lang);
  return lang;
}
