import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportCatalog } from '../../src/catalog';
import { rank } from '../../src/scoring';
import { applyLinkFromLocation } from '../../src/app/boot';
import { toLinkParams } from '../../src/share/link-write';
import { useStore } from '../../src/state/store';
import { resetStore } from '../render';
import { profiles } from '../fixtures/answers';
import { showResults, shownEligible, titles } from './results-helpers';
import type * as UseRanking from '../../src/components/use-ranking';
// The share panel loads once the page is idle: its code is loaded up front, so the copy tests do
// not wait for it to be transformed on a busy machine.
import '../../src/results/sharing';

// Counts the ranking's renders: useRanking runs once per render of the results' ranking.
const rankingRenders = vi.hoisted(() => [] as number[]);
vi.mock('../../src/components/use-ranking', async (importOriginal) => {
  const original = await importOriginal<typeof UseRanking>();
  return { ...original, useRanking: (answers: Parameters<typeof original.useRanking>[0]) => (rankingRenders.push(answers.participants), original.useRanking(answers)) };
});

beforeEach(resetStore);
afterEach(() => vi.restoreAllMocks());

const linkOf = (path: string) => {
  const url = new URL(path, 'http://localhost');
  return { pathname: url.pathname, hash: url.hash, search: url.search };
};

/** The real address bar: the results page writes it with history.replaceState, past the router. */
const address = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/** Opens `path` as the browser would: the address bar first, then the app (boot applies a link). */
async function open(path: string, lang: 'nl' | 'en' = 'en') {
  window.history.replaceState(null, '', path);
  useStore.setState({ lang });
  const linkLang = applyLinkFromLocation(linkOf(path));
  return showResults(useStore.getState().answers, linkLang, path);
}

describe('the address mirrors the answers', () => {
  beforeEach(() => window.history.replaceState(null, '', '/results'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('writes the answers and the language into the fragment', async () => {
    useStore.setState({ answers: profiles.secureLargeCompany });
    await open('/results');
    await waitFor(() => expect(address()).toBe(`/results#${toLinkParams(profiles.secureLargeCompany, 'en')}`));
  });

  it('follows a change in the adjust panel', async () => {
    const user = userEvent.setup();
    useStore.setState({ answers: profiles.selfHoster });
    await open('/results');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Open source' }, { timeout: 10_000 }), 'must');
    await waitFor(() => expect(address()).toContain('openSource=must'));
    expect(address()).toMatch(/^\/results#participants=10&hosting=self&budget=paid-ok&e2e=nice&openSource=must&data=report&lang=en$/);
  });

  it('follows a change of language', async () => {
    const user = userEvent.setup();
    useStore.setState({ answers: profiles.selfHoster });
    await open('/results', 'nl');
    await waitFor(() => expect(address()).toMatch(/&lang=nl$/));
    await user.click(screen.getByRole('button', { name: /English/ }));
    await waitFor(() => expect(address()).toMatch(/&lang=en$/));
    expect(address()).toContain('openSource=nice');
  });

  it('rewrites a query-string link to the fragment form', async () => {
    await open('/results?participants=300&e2e=must&lang=en');
    await waitFor(() => expect(address()).toBe('/results#participants=300&hosting=either&budget=paid-ok&e2e=must&data=report&lang=en'));
  });

  it('keeps the router\'s history state when it rewrites the address', async () => {
    window.history.replaceState({ usr: null, key: 'abc', idx: 3 }, '', '/results');
    await showResults(profiles.freeSmallOffice, 'en');
    await waitFor(() => expect(window.location.hash).not.toBe(''));
    expect(window.history.state).toEqual({ usr: null, key: 'abc', idx: 3 });
  });

  it('rewrites at most every 300 ms, and the last answers win', async () => {
    useStore.setState({ answers: profiles.freeSmallOffice });
    await open('/results');
    await waitFor(() => expect(address()).toContain('participants=5&'));
    const original = window.history.replaceState.bind(window.history);
    const times: number[] = [];
    vi.spyOn(window.history, 'replaceState').mockImplementation((...args) => {
      times.push(performance.now());
      original(...args);
    });
    for (const n of [11, 12, 13, 14, 15, 16]) act(() => useStore.getState().setParticipants(n));
    await waitFor(() => expect(address()).toContain('participants=16&'));
    // Fewer writes than changes, never two within 300 ms (a little slack for timer rounding).
    expect(times.length).toBeLessThan(6);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(295);
  });

  it('survives the browser refusing an update, and writes the answers once it allows again', async () => {
    useStore.setState({ answers: profiles.freeSmallOffice });
    await open('/results');
    await waitFor(() => expect(address()).toContain('participants=5&'));
    const original = window.history.replaceState.bind(window.history);
    let refusals = 2;
    vi.spyOn(window.history, 'replaceState').mockImplementation((...args) => {
      if (refusals-- > 0) throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
      original(...args);
    });
    act(() => useStore.getState().setParticipants(44));
    expect(screen.getByRole('heading', { level: 1, name: titles.en })).toBeInTheDocument();
    await waitFor(() => expect(address()).toContain('participants=44&'), { timeout: 6000 });
  }, 10_000);

  it('renders the ranking once for one answer change: the address is written past React', { timeout: 15_000 }, async () => {
    useStore.setState({ answers: profiles.selfHoster });
    window.history.replaceState(null, '', '/results');
    await showResults(profiles.selfHoster, 'en', '/results');
    await waitFor(() => expect(window.location.hash).not.toBe(''));
    await new Promise((resolve) => setTimeout(resolve, 400));
    rankingRenders.length = 0;
    act(() => useStore.getState().setImportance('openSource', 'must'));
    await waitFor(() => expect(address()).toContain('openSource=must'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    // One render of the ranking, for the new answers; the address bar's rewrite adds none.
    expect(rankingRenders).toEqual([profiles.selfHoster.participants]);
    expect(rankingRenders).toHaveLength(1);
  });

  it('applies a fragment pasted into the address bar while the page is open, as a new client', async () => {
    useStore.setState({ answers: profiles.selfHoster });
    const before = useStore.getState().id;
    await open('/results');
    await waitFor(() => expect(window.location.hash).not.toBe(''));
    act(() => {
      window.location.hash = '#participants=300&e2e=must&dataInEU=must&lang=en';
    });
    await waitFor(() => expect(useStore.getState().answers.participants).toBe(300));
    expect(useStore.getState().answers.importance).toEqual({ e2e: 'must', dataInEU: 'must' });
    await waitFor(() => expect(address()).toContain('dataInEU=must'));
    // The client open before held other answers: the link's answers went into a new one.
    expect(useStore.getState().id).not.toBe(before);
    expect(await screen.findByRole('heading', { name: 'The link\'s answers opened as a new client.' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Back to the client that was open' })).toBeInTheDocument();
  });
});

describe('opening a shared link', () => {
  it.each([
    ['fragment', '/results#participants=300&e2e=must&lang=en'],
    ['query string', '/results?participants=300&e2e=must&lang=en'],
  ])('in %s form fills in the answers and ranks for them', async (_form, path) => {
    const lang = applyLinkFromLocation(linkOf(path));
    expect(lang).toBe('en');
    const answers = useStore.getState().answers;
    expect(answers).toMatchObject({ participants: 300, importance: { e2e: 'must' } });
    await showResults(answers, lang, path);
    const expected = rank(reportCatalog, answers).filter((r) => r.eligible).map((r) => r.toolId);
    expect(shownEligible()).toEqual(expected);
    expect(expected).toEqual(['gotomeeting', 'webex']);
    expect(await screen.findByRole('heading', { name: 'Answers from the link filled in.' })).toBeInTheDocument();
  });

  it('tells about a garbage link and still shows the results', async () => {
    await open('/results#colour=blue&participants=lots&lang=en');
    expect(screen.getByRole('heading', { level: 1, name: titles.en })).toBeInTheDocument();
    // Nothing in it could be read: a failure, each part named in words, not as key=value.
    expect(await screen.findByRole('heading', { name: 'The link could not be read' })).toBeInTheDocument();
    expect(screen.getByText('‘colour’: ‘blue’, not a question this guide asks')).toBeInTheDocument();
    expect(screen.getByText('Size of your largest meeting: ‘lots’, not a valid value')).toBeInTheDocument();
    expect(screen.queryByText(/colour=blue/)).toBeNull();
    await waitFor(() => expect(address()).toBe('/results#participants=10&hosting=either&budget=paid-ok&data=report&lang=en'));
    window.history.replaceState(null, '', '/');
  });
});

describe('copy link', () => {
  it('copies the absolute link, language included, and says so', async () => {
    const user = userEvent.setup(); // installs a clipboard stub, which we watch
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await showResults(profiles.freeSmallOffice, 'nl');
    // The share panel loads once the ranking shows.
    await user.click(await screen.findByRole('button', { name: 'Kopieer link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/results#${toLinkParams(profiles.freeSmallOffice, 'nl')}`);
    expect(writeText.mock.calls[0]![0]).toContain('lang=nl');
    await expect(navigator.clipboard.readText()).resolves.toContain('/results#participants=5&');
    expect(await screen.findByText('Link gekopieerd.')).toHaveAttribute('role', 'status');
  });

  it('copies the answers as they are when pressed, and the field by hand follows later changes', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await showResults(profiles.freeSmallOffice, 'en');
    const copy = await screen.findByRole('button', { name: 'Copy link' });
    act(() => useStore.getState().setParticipants(12));
    await user.click(copy);
    expect(writeText).toHaveBeenLastCalledWith(`${window.location.origin}/results#${toLinkParams({ ...profiles.freeSmallOffice, participants: 12 }, 'en')}`);
    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(copy);
    const field = await screen.findByRole('textbox', { name: 'Link to these results' });
    act(() => useStore.getState().setParticipants(13));
    expect(field).toHaveValue(`${window.location.origin}/results#${toLinkParams({ ...profiles.freeSmallOffice, participants: 13 }, 'en')}`);
  });

  it('falls back to a selected read-only field when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await showResults(profiles.freeSmallOffice, 'en');
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to these results' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue(`${window.location.origin}/results#${toLinkParams(profiles.freeSmallOffice, 'en')}`);
    expect(field).toHaveFocus();
    expect(screen.getByText(/Copying did not work here/)).toHaveAttribute('role', 'status');
  });
});
