import { expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { createOfflineCopy } from '../../src/app/offline';
import { UpdateNotice } from '../../src/app/update-notice';
import type { Lang } from '../../src/share/languages';
import { allResources, renderAt } from '../render';

type Tree = Record<string, Record<string, string>>;
const startNow = (run: () => void) => (run(), () => undefined);
const text = (lang: Lang) => (allResources[lang]!.offline as Tree).update!;

/** The notice over a stand-in worker; `ready()` plays the moment a new version is installed. */
async function renderNotice(lang: Lang) {
  let options: RegisterSWOptions = {};
  const activated: number[] = [];
  const copy = createOfflineCopy(
    (o) => {
      options = o;
      return async () => void activated.push(Date.now());
    },
    { supported: true, controlled: () => true, reloadPage: () => undefined, repeat: () => undefined },
  );
  // Registered at once here; the app waits until the page has settled.
  await renderAt('/', { lang, ui: <UpdateNotice copy={copy} when={startNow} /> });
  return { ready: () => act(() => options.onNeedRefresh!()), activated };
}

it.each(['nl', 'en'] as const)('in %s: an empty live region first, then the notice inside it, reachable by keyboard', async (lang) => {
  const { ready, activated } = await renderNotice(lang);
  const region = screen.getByRole('status');
  expect(region).toBeEmptyDOMElement();

  ready();
  const notice = await within(region).findByRole('region', { name: text(lang).title });
  expect(notice).toHaveTextContent(text(lang).body!);
  const reload = within(notice).getByRole('button', { name: text(lang).reload });
  await userEvent.tab();
  expect(reload).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  expect(activated).toHaveLength(1);
});

it('"not now" takes the notice away and leaves the worker waiting', async () => {
  const { ready, activated } = await renderNotice('nl');
  ready();
  await userEvent.click(await screen.findByRole('button', { name: text('nl').later }));
  expect(screen.queryByRole('region')).toBeNull();
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  expect(activated).toEqual([]);
});
