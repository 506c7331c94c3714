import { beforeEach, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { storageKey, useStore } from '../../src/state/store';
import { initialAnswers } from '../../src/state/persisted';
import { location, renderAt, resetStore } from '../render';

beforeEach(() => resetStore());

it('forgets everything from the results page and lands on the start page', async () => {
  useStore.getState().setAnswers({ ...initialAnswers, participants: 300, importance: { e2e: 'must' } });
  useStore.getState().setClient({ name: 'Klant BV' });
  await renderAt('/results', { lang: 'en' });
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  await userEvent.click(screen.getByRole('button', { name: /forget my answers/i }));
  await userEvent.click(screen.getByRole('button', { name: /yes, clear everything/i }));
  await waitFor(() => expect(location()).toBe('/'));
  await waitFor(() => expect(useStore.getState().answers).toEqual(initialAnswers));
  expect(useStore.getState().client).toEqual({ name: '', notes: '' });
  expect(localStorage.getItem(storageKey)).toBeNull();
  expect(location()).toBe('/');
});
