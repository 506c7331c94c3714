import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { applyOwnPart, subscribeOwn } from '../components/use-catalog';
import { linkParamsOf } from '../components/use-link-params';
import { paths } from '../share/routes';
import { applySharedLink } from '../state/apply-link';
import { useStore } from '../state/store';

/** The address bar is rewritten at most this often. */
export const addressInterval = 300;
/** After the browser refused an update (Safari allows about 100 in 30 s), try again this much later. */
const refusedRetry = 2000;

/**
 * Writes the store's link into the address bar with `history.replaceState`, at most every
 * `addressInterval` ms, keeping the router's history state. It follows the store from outside
 * React: a change of answers renders nothing here, and the link is built in the timer, after the
 * click has painted. A refused update is tried again later.
 */
function useAddressWriter(written: { current: string | null }) {
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | 0 = 0;
    const flush = () => {
      timer = 0;
      if (window.location.pathname !== paths.results) return;
      const next = `#${linkParamsOf(useStore.getState())}`;
      if (window.location.hash === next && window.location.search === '') return void (written.current = next);
      try {
        window.history.replaceState(window.history.state, '', `${paths.results}${next}`);
        last = Date.now();
        written.current = next;
      } catch {
        timer = setTimeout(flush, refusedRetry);
      }
    };
    const schedule = () => {
      if (!timer) timer = setTimeout(flush, Math.max(0, last + addressInterval - Date.now()));
    };
    schedule();
    // Any change of the store: the link is compared with the address when the timer fires, so a
    // change that is not in the link (a notice, the memo's notes) writes nothing.
    const unsubscribe = useStore.subscribe(schedule);
    // And of the own tools, which the link carries too.
    const unsubscribeOwn = subscribeOwn(schedule);
    return () => {
      unsubscribe();
      unsubscribeOwn();
      if (timer) clearTimeout(timer);
    };
  }, [written]);
}

const looksLikeLink = (raw: string) => raw.includes('=');

/**
 * The address bar mirrors the answers: `/results#participants=…&lang=…`, replaced in place (no
 * new history entries); a query-string link becomes the fragment form. A fragment that the page
 * did not write itself (pasted by the user) is applied. The link that opened the page was
 * already applied before the first render (src/app/boot.ts). Renders nothing.
 */
export function AddressBar() {
  const { i18n } = useTranslation();
  const written = useRef<string | null>(null);
  useAddressWriter(written);

  // A fragment typed or pasted into the address bar while the page is open.
  useEffect(() => {
    const onHashChange = () => {
      const raw = window.location.hash;
      if (raw.length <= 1 || raw === written.current || !looksLikeLink(raw)) return;
      const { lang: linkLang, own } = applySharedLink(raw);
      if (own) void applyOwnPart(own);
      if (linkLang && linkLang !== useStore.getState().lang) {
        useStore.getState().setLang(linkLang);
        void switchLanguage(i18n, linkLang);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [i18n]);

  return null;
}
