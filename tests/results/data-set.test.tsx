import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { latestUpdate } from '../../src/catalog';
import { useStore } from '../../src/state/store';
import { renderAt, resetStore } from '../render';
import { adjustPanel, cards, showResults, rankedOnText } from './results-helpers';
import { answers } from '../scoring/helpers';

beforeEach(resetStore);

const thirty = answers({ participants: 30 });
const signal = () => cards().find((c) => c.id === 'signal')!;
/** Opens the list of tools that do not fit, where Signal sits on the report's data. */
async function openUnsuitable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /Show the \d+ tools that do not fit/ }));
}

/** Shows the results for a meeting of 30 and opens Signal's card, wherever it sits. */
async function openSignalCard(user: ReturnType<typeof userEvent.setup>) {
  await showResults(thirty);
  await openUnsuitable(user);
  const card = signal().el;
  await user.click(within(card).getByRole('button', { name: /Show all \d+ verdicts/ }));
  return card;
}

describe('the data set on the results page', () => {
  it('ranks on the report when that is the data set chosen, and says so', async () => {
    await showResults(thirty);
    expect(signal().eligible).toBe('false');
    expect(rankedOnText()).toContain('On the report as published (2020).');
  });

  it('re-ranks when the adjust panel switches to the known changes, and the summary names the date', async () => {
    const user = userEvent.setup();
    await showResults(thirty);
    const panel = await adjustPanel('en');
    const radio = within(panel).getByRole('radio', { name: /known changes up to/ });
    // One act around the click and the re-rank it sets off. The deferred re-rank suspends until the
    // known changes have loaded; React's wake-up for it, outside act, sometimes goes missing in the
    // test environment, and the page stayed on the report. Chromium re-ranks every time, also on a
    // first switch with nothing preloaded (tests/e2e/data-set.spec.ts).
    await act(async () => {
      await user.click(radio);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(useStore.getState().dataSet).toBe('current');
    await waitFor(() => expect(signal().eligible).toBe('true'), { timeout: 5000 });
    expect(rankedOnText()).toMatch(/On the report with known changes up to \d+ \w+ 2025\./);
    // The answers themselves are untouched.
    expect(useStore.getState().answers).toEqual(thirty);
  });

  it('shows the 2020 value beside the new one on a verdict that rests on a changed cell', async () => {
    const user = userEvent.setup();
    useStore.setState({ dataSet: 'current' });
    const card = await openSignalCard(user);
    const changed = await within(card).findByText((_, el) => el?.getAttribute('data-changed-row') === 'maxParticipants');
    expect(changed).toHaveAttribute('data-update-id', 'signalGroupCalls40');
    expect(changed).toHaveTextContent(/In the report \(2020\):\s*2/);
    expect(changed).toHaveTextContent(/Since \d+ \w+ 2021:\s*40/);
  });

  it('shows no changed cell on the report\'s data', async () => {
    const user = userEvent.setup();
    const card = await openSignalCard(user);
    await within(card).findAllByText((_, el) => el?.getAttribute('data-criterion') === 'participants');
    expect(card.querySelector('[data-changed-row]')).toBeNull();
  });

  it('lists a tool\'s changes since the report on demand, newest first, with sources', async () => {
    const user = userEvent.setup();
    const card = await openSignalCard(user);
    await user.click(await within(card).findByRole('button', { name: 'Since the report' }));
    const since = await waitFor(() => {
      const el = card.querySelector('[data-since-for="signal"]');
      if (!el) throw new Error('not yet');
      return el as HTMLElement;
    });
    const entries = [...since.querySelectorAll('[data-update-id]')].map((el) => el.getAttribute('data-update-id'));
    expect(entries).toContain('signalGroupCalls40');
    expect(entries.indexOf('signalGroupCalls40')).toBeLessThan(entries.indexOf('signalGroupCalls5'));
    for (const link of within(since).getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('https://'))) {
      expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    }
  });
});

describe('the changes page', () => {
  it('lists every change, and filters by tool from the link', async () => {
    const { container } = await renderAt('/updates?tool=signal', { lang: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Changes since the report' });
    const shown = [...container.querySelectorAll('[data-update-id]')].map((el) => el.getAttribute('data-update-id'));
    expect(shown).toContain('signalGroupCalls40');
    expect(shown).not.toContain('zoomE2e');
    expect(screen.getByText(/The newest change we know of is from/)).toHaveTextContent(latestUpdate.slice(0, 4));
  });

  it('names an unknown tool in the link and shows all changes', async () => {
    const { container } = await renderAt('/updates?tool=skype', { lang: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Changes since the report' });
    expect(screen.getByText(/Unknown tool in the link: ‘skype’/)).toBeInTheDocument();
    const shown = [...container.querySelectorAll('[data-update-id]')].map((el) => el.getAttribute('data-update-id'));
    expect(shown).toEqual(expect.arrayContaining(['zoomE2e', 'signalGroupCalls40']));
  });
});
