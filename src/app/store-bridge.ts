import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { useStore } from '../state/store';
import { syncTabs } from '../state/tab-sync';

/**
 * Connects the store to the page once it is up (the app renders it with `Later`): other tabs'
 * changes come in through the `storage` event, and a language the store takes on (from another
 * tab) is shown. Draws nothing.
 */
export function StoreBridge(): null {
  const { i18n } = useTranslation();
  useEffect(() => {
    const stopSync = syncTabs();
    const stopLanguage = useStore.subscribe((s) => {
      if (s.lang !== i18n.language) void switchLanguage(i18n, s.lang);
    });
    return () => {
      stopSync();
      stopLanguage();
    };
  }, [i18n]);
  return null;
}
