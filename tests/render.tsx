import { Profiler, type ProfilerOnRenderCallback, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { Resource } from 'i18next';
import { createI18n } from '../src/i18n';
import type { Lang } from '../src/share/languages';
import { App } from '../src/app/app';
import { idOf, moveTab, useStore } from '../src/state/store';
import { initialPersisted, newClientId } from '../src/state/persisted';
import { resetPageFocusForTests } from '../src/components/page-heading';
// Every page waits for the notices' code (src/components/deferred-notices.tsx): loaded up front,
// so no test waits for it to be transformed on a busy machine.
import '../src/components/notices';
// Likewise the layout's idle part (the footer's "Delete this client", the header's client bar),
// which every page fetches once idle: transformed up front, it never holds up a page's own idle parts.
import '../src/components/layout-extras';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });

/** Every namespace of both languages, so components render synchronously in tests. */
export const allResources: Resource = {};
for (const [path, mod] of Object.entries(files)) {
  const [, lang, ns] = /locales\/(\w+)\/(\w+)\.json$/.exec(path) ?? [];
  if (!lang || !ns) continue;
  allResources[lang] ??= {};
  allResources[lang][ns] = mod.default;
}

/**
 * Puts the store back to a fresh visit, on the report as published. Call in beforeEach. A new
 * visitor ranks on current data (tests/state/store.test.ts and the browser tests check that);
 * the component tests rank on the report's fixed data unless they choose current data themselves.
 */
export function resetStore() {
  localStorage.clear();
  sessionStorage.clear();
  // Each test starts in a client of its own, as a new tab would.
  moveTab(newClientId());
  useStore.setState({ ...structuredClone(initialPersisted), dataSet: 'report', lang: 'nl', notices: [], id: idOf(useStore.persist.getOptions().name ?? '') });
  resetPageFocusForTests();
}

const probe = { current: '' };
function LocationProbe() {
  const l = useLocation();
  // Written during render on purpose: navigation runs in a transition, so while a lazy page
  // suspends no effect commits, yet tests must see where the router is going.
  // eslint-disable-next-line react-hooks/immutability
  probe.current = `${l.pathname}${l.search}${l.hash}`;
  return null;
}
/** The open client's saved entry, as written, or null. */
export const openEntry = () => localStorage.getItem(useStore.persist.getOptions().name ?? '');

/** The path, query and fragment the router is at now. */
export const location = () => probe.current;

/** Renders a component (or the whole app when `ui` is omitted) at `path`, in `lang`. */
export async function renderAt(path: string, { lang = 'nl', ui, onCommit }: { lang?: Lang; ui?: ReactElement; onCommit?: ProfilerOnRenderCallback } = {}) {
  useStore.setState({ lang });
  const i18n = await createI18n(lang, allResources);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <LocationProbe />
        <Profiler id="app" onRender={onCommit ?? (() => undefined)}>
          {ui ? <Routes><Route path="*" element={ui} /></Routes> : <App />}
        </Profiler>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
