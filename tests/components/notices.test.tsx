import { startTransition, Suspense, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { DeferredNotices } from '../../src/components/deferred-notices';
import { Notices } from '../../src/components/notices';
import { createI18n } from '../../src/i18n';
import { paths } from '../../src/share/routes';
import { useStore } from '../../src/state/store';
import { allResources, renderAt, resetStore } from '../render';

const ui = (
  <Suspense fallback={null}>
    <Notices attempt={0} />
  </Suspense>
);

beforeEach(resetStore);

describe('Notices', () => {
  it('says nothing when there is nothing to tell', async () => {
    const { container } = await renderAt('/', { ui });
    expect(container).toBeEmptyDOMElement();
  });

  it('names the repaired fields as the user knows them, with the dismiss button from the link texts', async () => {
    useStore.setState({ notices: [{ kind: 'storageRepaired', fields: ['clientNotes', 'participants'] }] });
    await renderAt('/', { lang: 'en', ui });
    const storage = allResources.en!.storage as { storageRepaired: { title: string }; fields: Record<string, string> };
    // A callout's code comes when there is one to show.
    const box = await screen.findByRole('status');
    expect(within(box).getByRole('heading', { name: storage.storageRepaired.title })).toBeTruthy();
    expect(box.textContent).toContain(storage.fields.clientNotes);
    expect(box.textContent).toContain(storage.fields.participants);
    expect(box.textContent).not.toContain('clientNotes');
    const dismiss = within(box).getByRole('button', { name: (allResources.en!.notices as { dismiss: string }).dismiss });
    act(() => dismiss.click());
    expect(useStore.getState().notices).toEqual([]);
  });

  it('shows a shared link\'s notice from its own texts', async () => {
    useStore.setState({ notices: [{ kind: 'linkApplied', ignored: [], moreIgnored: 0 }] });
    await renderAt('/', { lang: 'nl', ui });
    const notices = allResources.nl!.notices as { linkApplied: { title: string } };
    expect(screen.getByRole('heading', { name: notices.linkApplied.title })).toBeTruthy();
  });
});

describe('DeferredNotices', () => {
  it('shows a link\'s notice in the same frame as the page, when the first screen renders as a transition', async () => {
    useStore.setState({ notices: [{ kind: 'linkApplied', ignored: [], moreIgnored: 0 }] });
    const title = (allResources.nl!.notices as { linkApplied: { title: string } }).linkApplied.title;
    // What the page found in the document the moment it first appeared.
    const seenWithPage: boolean[] = [];
    function Page() {
      useLayoutEffect(() => void seenWithPage.push(screen.queryByRole('heading', { name: title }) !== null), []);
      return <p>page</p>;
    }
    const i18n = await createI18n('nl', allResources);
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    // As main.tsx does. The notices' code suspends up to this boundary; a part that were made
    // afresh on each try would never arrive, and the page would never show.
    await act(async () =>
      startTransition(() =>
        root.render(
          <I18nextProvider i18n={i18n}>
            <MemoryRouter initialEntries={[paths.results]}>
              <Suspense fallback={null}>
                <DeferredNotices />
                <Page />
              </Suspense>
            </MemoryRouter>
          </I18nextProvider>,
        ),
      ),
    );
    await screen.findByText('page');
    expect(seenWithPage).toEqual([true]);
    act(() => root.unmount());
    container.remove();
  });
});
