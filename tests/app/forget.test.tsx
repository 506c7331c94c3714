import { beforeEach, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../src/state/store';
import { initialAnswers } from '../../src/state/persisted';
import { location, renderAt, resetStore } from '../render';

beforeEach(() => resetStore());

it('deletes this client from the results page, lands on the start page, and offers Undo', async () => {
  const answers = { ...initialAnswers, participants: 300, importance: { e2e: 'must' as const } };
  useStore.getState().setAnswers(answers);
  useStore.getState().setClient({ name: 'Klant BV' });
  const id = useStore.getState().id;
  await renderAt('/results', { lang: 'en' });
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  await userEvent.click(await screen.findByRole('button', { name: 'Delete this client' }));
  await waitFor(() => expect(location()).toBe('/'));
  await waitFor(() => expect(useStore.getState().id).not.toBe(id));
  expect(useStore.getState().answers).toEqual(initialAnswers);
  expect(useStore.getState().client).toEqual({ name: '', notes: '' });
  expect(localStorage.getItem(`videobelwijzer-client-${id}`)).toBeNull();

  await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(useStore.getState().id).toBe(id));
  expect(useStore.getState().client.name).toBe('Klant BV');
  expect(useStore.getState().answers).toEqual(answers);
});
