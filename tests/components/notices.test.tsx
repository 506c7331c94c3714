import { Suspense } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { Notices } from '../../src/components/notices';
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
    const box = screen.getByRole('status');
    expect(within(box).getByRole('heading', { name: storage.storageRepaired.title })).toBeTruthy();
    expect(box.textContent).toContain(storage.fields.clientNotes);
    expect(box.textContent).toContain(storage.fields.participants);
    expect(box.textContent).not.toContain('clientNotes');
    const dismiss = within(box).getByRole('button', { name: (allResources.en!.notices as { dismiss: string }).dismiss });
    act(() => dismiss.click());
    expect(useStore.getState().notices).toEqual([]);
  });

  it('shows a shared link\'s notice from its own texts', async () => {
    useStore.setState({ notices: [{ kind: 'linkApplied', ignored: [], moreIgnored: 0, replacedSaved: false }] });
    await renderAt('/', { lang: 'nl', ui });
    const notices = allResources.nl!.notices as { linkApplied: { title: string } };
    expect(screen.getByRole('heading', { name: notices.linkApplied.title })).toBeTruthy();
  });
});
