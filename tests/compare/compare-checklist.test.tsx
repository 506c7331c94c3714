import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Answers } from '../../src/scoring';
import { useStore } from '../../src/state/store';
import { renderAt, resetStore } from '../render';
import '../../src/compare/compare-checklists';

// End-to-end encryption a must: Zoom's was only planned in the report, so Zoom does not fit;
// Jitsi (footnote 3) and Webex (footnote 5) do, each on a condition.
const answers: Answers = { participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: { e2e: 'must' } };

beforeEach(resetStore);

describe('"Before you start" on compare', () => {
  it('shows the list for each compared tool that fits, in the columns\' order, and says so for one that does not', async () => {
    useStore.setState({ answers });
    await renderAt('/compare?tools=zoom,jitsi,webex', { lang: 'en' });
    const section = await screen.findByRole('region', { name: 'Before you start' }, { timeout: 10_000 });
    expect(within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Zoom', 'Jitsi Meet', 'Cisco Webex']);
    // Named apart from the comparison's cards above, which are regions named by the tool alone.
    expect(screen.getAllByRole('region', { name: 'Jitsi Meet' })).toHaveLength(1);
    const zoom = within(section).getByRole('region', { name: 'Before you start: Zoom' });
    expect(zoom).toHaveTextContent('Zoom does not fit your answers, so it has no list of what to do before you start.');
    expect(zoom.querySelector('[data-checklist-for]')).toBeNull();

    const jitsi = within(section).getByRole('region', { name: 'Before you start: Jitsi Meet' }).querySelector('[data-checklist-for="jitsi"]')!;
    expect(jitsi.querySelector('li')).toHaveAttribute('data-checklist-item', 'ownServer');
    expect(within(jitsi as HTMLElement).getByRole('link', { name: 'Footnote 3' })).toBeInTheDocument();
    const webex = within(section).getByRole('region', { name: 'Before you start: Cisco Webex' }).querySelector('[data-checklist-for="webex"]')!;
    expect([...webex.querySelectorAll('li')].map((li) => li.getAttribute('data-checklist-item')).slice(0, 2)).toEqual(['paidPlanForLocation', 'signDpa']);
    // The footnotes it cites are in the page's footnote list.
    expect(document.getElementById('footnote-3')).not.toBeNull();
    expect(document.getElementById('footnote-5')).not.toBeNull();
  }, 30_000);

  it('is in Dutch on a Dutch page', async () => {
    useStore.setState({ answers });
    await renderAt('/compare?tools=jitsi,webex', { lang: 'nl' });
    const section = await screen.findByRole('region', { name: 'Voordat je begint' }, { timeout: 10_000 });
    expect(section).toHaveTextContent('Stel je eigen server zorgvuldig in');
  }, 30_000);
});
