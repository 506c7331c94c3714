import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportCatalog } from '../../src/catalog';
import { rank } from '../../src/scoring';
import { applyLinkFromLocation } from '../../src/app/boot';
import { toLinkParams } from '../../src/share/link';
import { useStore } from '../../src/wizard/store';
import { location, resetStore } from '../render';
import { profiles } from '../fixtures/answers';
import { showResults, shownEligible, titles } from './results-helpers';

beforeEach(resetStore);
afterEach(() => vi.restoreAllMocks());

const linkOf = (path: string) => {
  const url = new URL(path, 'http://localhost');
  return { pathname: url.pathname, hash: url.hash, search: url.search };
};

describe('the address mirrors the answers', () => {
  it('writes the answers and the language into the fragment', async () => {
    await showResults(profiles.secureLargeCompany, 'en');
    await waitFor(() => expect(location()).toBe(`/results#${toLinkParams(profiles.secureLargeCompany, 'en')}`));
  });

  it('follows a change in the adjust panel', async () => {
    const user = userEvent.setup();
    await showResults(profiles.selfHoster, 'en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Open source' }), 'must');
    await waitFor(() => expect(location()).toContain('openSource=must'));
    expect(location()).toMatch(/^\/results#participants=10&hosting=self&budget=paid-ok&e2e=nice&openSource=must&lang=en$/);
  });

  it('follows a change of language', async () => {
    const user = userEvent.setup();
    await showResults(profiles.selfHoster, 'nl');
    await waitFor(() => expect(location()).toMatch(/&lang=nl$/));
    await user.click(screen.getByRole('button', { name: /English/ }));
    await waitFor(() => expect(location()).toMatch(/&lang=en$/));
    expect(location()).toContain('openSource=nice');
  });

  it('rewrites a query-string link to the fragment form', async () => {
    const path = '/results?participants=300&e2e=must&lang=en';
    applyLinkFromLocation(linkOf(path));
    await showResults(useStore.getState().answers, 'en', path);
    await waitFor(() => expect(location()).toBe('/results#participants=300&hosting=either&budget=paid-ok&e2e=must&lang=en'));
  });

  it('applies a fragment pasted into the address bar while the page is open', async () => {
    await showResults(profiles.selfHoster, 'en');
    act(() => {
      window.location.hash = '#participants=300&e2e=must&dataInEU=must&lang=en';
    });
    await waitFor(() => expect(useStore.getState().answers.participants).toBe(300));
    expect(useStore.getState().answers.importance).toEqual({ e2e: 'must', dataInEU: 'must' });
    await waitFor(() => expect(location()).toContain('dataInEU=must'));
    expect(screen.getByRole('heading', { name: 'The answers from the link are filled in' })).toBeInTheDocument();
    window.location.hash = '';
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
    expect(screen.getByRole('heading', { name: 'The answers from the link are filled in' })).toBeInTheDocument();
  });

  it('tells about a garbage link and still shows the results', async () => {
    const path = '/results#colour=blue&participants=lots&lang=en';
    const lang = applyLinkFromLocation(linkOf(path));
    await showResults(useStore.getState().answers, lang, path);
    expect(screen.getByRole('heading', { level: 1, name: titles.en })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Part of the link was ignored' })).toBeInTheDocument();
    expect(screen.getByText('colour=blue')).toBeInTheDocument();
    await waitFor(() => expect(location()).toBe('/results#participants=10&hosting=either&budget=paid-ok&lang=en'));
  });
});

describe('copy link', () => {
  it('copies the absolute link, language included, and says so', async () => {
    const user = userEvent.setup(); // installs a clipboard stub, which we watch
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await showResults(profiles.freeSmallOffice, 'nl');
    await user.click(screen.getByRole('button', { name: 'Kopieer link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/results#${toLinkParams(profiles.freeSmallOffice, 'nl')}`);
    expect(writeText.mock.calls[0]![0]).toContain('lang=nl');
    await expect(navigator.clipboard.readText()).resolves.toContain('/results#participants=5&');
    expect(await screen.findByText('Link gekopieerd.')).toHaveAttribute('role', 'status');
  });

  it('falls back to a selected read-only field when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await showResults(profiles.freeSmallOffice, 'en');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to these results' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue(`${window.location.origin}/results#${toLinkParams(profiles.freeSmallOffice, 'en')}`);
    expect(field).toHaveFocus();
    expect(screen.getByText(/Copying did not work here/)).toHaveAttribute('role', 'status');
  });
});
