import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { useLinkParams } from '../components/use-link-params';
import { paths } from '../share/routes';
import { applySharedLink } from '../state/apply-link';
import { useStore } from '../state/store';

/** The address bar is rewritten at most this often. */
export const addressInterval = 300;
/** After the browser refused an update (Safari allows about 100 in 30 s), try again this much later. */
const refusedRetry = 2000;

/**
 * Writes `target` into the address bar with `history.replaceState`, at most every
 * `addressInterval` ms (the last target wins), keeping the router's history state. It does not
 * go through the router, so a rewrite renders nothing. A refused update is tried again later.
 */
function useAddressWriter(written: { current: string | null }) {
  const state = useRef({ last: 0, timer: 0 as ReturnType<typeof setTimeout> | 0, pending: null as string | null });

  useEffect(() => {
    const s = state.current;
    return () => {
      if (s.timer) clearTimeout(s.timer);
      s.timer = 0;
    };
  }, []);

  return useCallback((target: string) => {
    const s = state.current;
    s.pending = target;
    if (s.timer) return;
    const flush = () => {
      s.timer = 0;
      const next = s.pending;
      s.pending = null;
      if (next === null || window.location.pathname !== paths.results) return;
      if (window.location.hash === next && window.location.search === '') return void (written.current = next);
      try {
        window.history.replaceState(window.history.state, '', `${paths.results}${next}`);
        s.last = Date.now();
        written.current = next;
      } catch {
        s.pending ??= next;
        s.timer = setTimeout(flush, refusedRetry);
      }
    };
    s.timer = setTimeout(flush, Math.max(0, s.last + addressInterval - Date.now()));
  }, [written]);
}

const looksLikeLink = (raw: string) => raw.includes('=');

/**
 * The address bar mirrors the answers: `/results#participants=…&lang=…`, replaced in place (no
 * new history entries); a query-string link becomes the fragment form. A fragment that the page
 * did not write itself (pasted by the user) is applied. The link that opened the page was
 * already applied before the first render (src/app/boot.ts). Returns the fragment for the answers.
 */
export function useShareUrl(): string {
  const { i18n } = useTranslation();
  const written = useRef<string | null>(null);
  const write = useAddressWriter(written);
  const hash = `#${useLinkParams()}`;

  useEffect(() => write(hash), [hash, write]);

  // A fragment typed or pasted into the address bar while the page is open.
  useEffect(() => {
    const onHashChange = () => {
      const raw = window.location.hash;
      if (raw.length <= 1 || raw === written.current || !looksLikeLink(raw)) return;
      const linkLang = applySharedLink(raw);
      if (linkLang && linkLang !== useStore.getState().lang) {
        useStore.getState().setLang(linkLang);
        void switchLanguage(i18n, linkLang);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [i18n]);

  return hash;
}

/** Keeps the address bar in step with the answers; renders nothing. */
export function AddressBar() {
  useShareUrl();
  return null;
}
