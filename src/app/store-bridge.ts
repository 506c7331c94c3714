import type { i18n as I18n } from 'i18next';
import { switchLanguage } from '../i18n';
import { useStore } from '../state/store';
import { syncTabs } from '../state/tab-sync';

/**
 * Connects the store to the page once it is loaded: other tabs' changes come in through the
 * `storage` event, and a language the store takes on (from another tab) is shown.
 */
export function connectStore(i18n: I18n) {
  syncTabs();
  useStore.subscribe((s) => {
    if (s.lang !== i18n.language) void switchLanguage(i18n, s.lang);
  });
}
