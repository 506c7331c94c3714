import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../app/paths';
import { switchLanguage } from '../i18n';
import type { Lang } from '../i18n/languages';
import { applySharedLink } from '../share/apply-link';
import { toLinkParams } from '../share/link';
import { useStore } from '../wizard/store';

function applyExternalLink(raw: string, applyLang: (lang: Lang) => void) {
  const lang = applySharedLink(raw);
  if (lang && lang !== useStore.getState().lang) applyLang(lang);
}

const looksLikeLink = (raw: string) => raw.includes('=');

/**
 * The address bar mirrors the answers: `/results#participants=…&lang=…`, replaced in place
 * (no new history entries). A query-string link becomes the fragment form. A fragment that
 * the page did not write itself (pasted by the user) is applied first. The link that opened
 * the page was already applied before the first render (src/app/boot.ts).
 */
export function useShareUrl() {
  const answers = useStore((s) => s.answers);
  const lang = useStore((s) => s.lang);
  const { i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // The fragment this page wrote last, and the link it arrived with (boot already applied that one).
  const written = useRef<string | null>(null);
  const arrival = useRef<string | null>(location.hash || location.search);

  useEffect(() => {
    const applyLang = (l: Lang) => {
      useStore.getState().setLang(l);
      void switchLanguage(i18n, l);
    };
    const found = location.hash.length > 1 ? location.hash : location.search.length > 1 ? location.search : '';
    if (found !== '' && found !== written.current && found !== arrival.current && looksLikeLink(found)) {
      applyExternalLink(found, applyLang);
    }
    arrival.current = null;
    // Read the store afresh: applying a link above may just have changed it.
    const now = useStore.getState();
    const target = `#${toLinkParams(now.answers, now.lang)}`;
    // Remember it even when the address already says it, so it is never re-applied as a pasted link.
    written.current = target;
    if (location.hash === target && location.search === '') return;
    navigate({ pathname: paths.results, search: '', hash: target }, { replace: true });
  }, [answers, lang, location.hash, location.search, navigate, i18n]);

  // A fragment pasted into the address bar; the router may not report a hash-only change.
  useEffect(() => {
    const onHashChange = () => {
      const raw = window.location.hash;
      if (raw.length <= 1 || raw === written.current || !looksLikeLink(raw)) return;
      applyExternalLink(raw, (l) => {
        useStore.getState().setLang(l);
        void switchLanguage(i18n, l);
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [i18n]);

  return `#${toLinkParams(answers, lang)}`;
}
