import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** vite-plugin-pwa's `registerSW` (virtual:pwa-register): registers the worker, returns "activate the waiting one". */
export type RegisterWorker = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** `idle`: nothing to say; `ready`: a new version waits for the user; `dismissed`: "not now" for this page. */
export type UpdateState = 'idle' | 'ready' | 'dismissed';

export interface OfflineCopy {
  subscribe(listener: () => void): () => void;
  state(): UpdateState;
  /** Registers the service worker; later calls do nothing. */
  start(): void;
  /** The user chose the new version: it takes over, and the page reloads once, on its files only. */
  reload(): void;
  dismiss(): void;
}

interface Browser {
  /** Whether the browser has service workers at all (jsdom and some private modes do not). */
  supported: boolean;
  /** Whether a worker controls this page; on a first visit none does. */
  controlled: () => boolean;
  reloadPage: () => void;
  /** Runs a check for a new version now and then, for a page that stays open for days. */
  repeat: (check: () => void, ms: number) => void;
}

const browser = (): Browser => ({
  supported: typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
  controlled: () => Boolean(navigator.serviceWorker.controller),
  reloadPage: () => window.location.reload(),
  repeat: (check, ms) => void setInterval(check, ms),
});

const hour = 60 * 60 * 1000;

/**
 * The offline copy as the page sees it. The worker (vite.config.ts, `offline`) precaches the
 * whole build; a new build's worker installs beside the old one and waits (`registerType: 'prompt'`).
 * Until the user says Reload, the old worker keeps serving the old build's files, so the page
 * never mixes two builds. On Reload the waiting worker takes over and the page reloads once.
 */
export function createOfflineCopy(register: RegisterWorker, env: Browser = browser()): OfflineCopy {
  let current: UpdateState = 'idle';
  let activate: ((reloadPage?: boolean) => Promise<void>) | null = null;
  let registration: ServiceWorkerRegistration | undefined;
  let reloading = false;
  const listeners = new Set<() => void>();
  const set = (next: UpdateState) => {
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener();
  };
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    env.reloadPage();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    state: () => current,
    start() {
      if (activate || !env.supported) return;
      activate = register({
        onNeedRefresh: () => set('ready'),
        // The new worker controls the page now (this tab's click, or another tab's).
        onNeedReload: reloadOnce,
        onRegisteredSW: (_url, r) => {
          registration = r;
          // Offline the check fails; the next one tries again.
          if (r) env.repeat(() => void r.update().catch(() => undefined), hour);
        },
        // No worker (blocked, or a storage error): the app works online as before.
        onRegisterError: () => undefined,
      });
    },
    reload() {
      if (!activate || current !== 'ready') return;
      // A page no worker controls (the visit that installed the first one) gets no "controlling"
      // event; it reloads once the new worker is active.
      const waiting = registration?.waiting;
      if (waiting && !env.controlled()) {
        waiting.addEventListener('statechange', () => {
          if (waiting.state === 'activated') reloadOnce();
        });
      }
      void activate();
    },
    dismiss: () => set(current === 'ready' ? 'dismissed' : current),
  };
}
