import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isPresenting, setPresenting } from '../../src/components/present';
import { useStore } from '../../src/state/store';
import { secureLargeCompany } from '../fixtures/answers';
import { showResults } from '../results/results-helpers';
import { resetStore } from '../render';

beforeEach(resetStore);
afterEach(() => setPresenting(false));

it('is on or off for this tab, kept in its session storage so a reload finds it', () => {
  setPresenting(true);
  expect(isPresenting()).toBe(true);
  expect(document.documentElement).toHaveAttribute('data-present');
  expect(sessionStorage.getItem('videobelwijzer-present')).toBe('1');
  expect(localStorage.getItem('videobelwijzer-present')).toBeNull(); // never another tab's
  setPresenting(false);
  expect(document.documentElement).not.toHaveAttribute('data-present');
  expect(sessionStorage.getItem('videobelwijzer-present')).toBeNull();
});

it('hides the client\'s notes on the results page while on, and the other clients in the header\'s menu', async () => {
  localStorage.setItem('videobelwijzer-client-other', JSON.stringify({ state: { answers: secureLargeCompany, client: { name: 'Bakkerij Bakker', notes: '' } }, version: 6, changed: '2026-12-07T09:00:00.000Z' }));
  useStore.getState().setClient({ name: 'Huisartsenpraktijk Jansen', notes: 'Vertrouwelijk.' });
  await showResults(secureLargeCompany);
  const notes = await screen.findByRole('textbox', { name: 'Notes for the memo' }, { timeout: 10_000 });
  expect(notes).toHaveValue('Vertrouwelijk.');
  const menu = await screen.findByText('Switch client', {}, { timeout: 10_000 });
  expect(menu.closest('[data-client-bar]')).toHaveTextContent('Bakkerij Bakker');

  act(() => setPresenting(true));
  await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Notes for the memo' })).toBeNull());
  expect(screen.getByText('Notes hidden while presenting. They still print on the memo.')).toBeInTheDocument();
  const bar = document.querySelector('[data-client-bar]')!;
  expect(bar).not.toHaveTextContent('Bakkerij Bakker');
  expect(bar).toHaveTextContent('Other clients are hidden while presenting.');

  // One click switches it off.
  await userEvent.click(screen.getByRole('button', { name: 'Stop presenting' }));
  expect(isPresenting()).toBe(false);
  expect(await screen.findByRole('textbox', { name: 'Notes for the memo' })).toHaveValue('Vertrouwelijk.');
});

it('names no other client in a link\'s notice while presenting', async () => {
  setPresenting(true);
  useStore.setState({ notices: [{ kind: 'linkApplied', ignored: [], moreIgnored: 0, left: { id: 'x', name: 'Bakkerij Bakker' } }] });
  await showResults(secureLargeCompany);
  const notice = await screen.findByText('The client that was open stays saved, unchanged.', {}, { timeout: 10_000 });
  expect(notice.closest('[data-notice]')).not.toHaveTextContent('Bakkerij Bakker');
  expect(screen.getByRole('button', { name: 'Back to the client that was open' })).toBeInTheDocument();
});
