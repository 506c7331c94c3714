/// <reference types="vite-plugin-pwa/vanillajs" />
import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';
import { Callout } from '../components/callout';
import { whenSettled } from '../components/idle';
import { TextsGate } from '../components/texts-gate';
import { createOfflineCopy, type OfflineCopy } from './offline';

/** The page's one offline copy. This file loads when the page is idle, so the first load carries none of it. */
const offlineCopy = createOfflineCopy(registerSW);

const texts = ['offline'] as const;

/**
 * Registers the service worker and says when a new version is ready, with Reload and Not now.
 * The live region is on the page before the message, so screen readers announce the message.
 * The worker is registered once the page has settled (`when`): its offline copy downloads every
 * file of the app, which should not compete with the first page's own work.
 */
export function UpdateNotice({ copy = offlineCopy, when = whenSettled }: { copy?: OfflineCopy; when?: (run: () => void) => () => void }) {
  const state = useSyncExternalStore(copy.subscribe, copy.state);
  useEffect(() => when(() => copy.start()), [copy, when]);
  return (
    <div className="update-notice no-print" role="status">
      {state === 'ready' ? (
        // Its texts load only when there is something to say.
        <Suspense fallback={null}>
          <TextsGate namespaces={texts} attempt={0}>
            <UpdateReady copy={copy} />
          </TextsGate>
        </Suspense>
      ) : null}
    </div>
  );
}

function UpdateReady({ copy }: { copy: OfflineCopy }) {
  const { t } = useTranslation('offline');
  return (
    <Callout tone="info" title={t('update.title')}>
      <p>{t('update.body')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => copy.reload()}>{t('update.reload')}</button>
        <button type="button" className="button button--quiet" onClick={() => copy.dismiss()}>{t('update.later')}</button>
      </div>
    </Callout>
  );
}
