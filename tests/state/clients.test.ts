import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applySharedLink } from '../../src/state/apply-link';
import { addClient, deleteAllClients, deleteClient, duplicateClient, openClient, renameClient, restoreClient, savedClients } from '../../src/state/client-actions';
import { initialAnswers, initialPersisted, maxNotes, storeVersion, type PersistedState } from '../../src/state/persisted';
import { lastChanged, moveOld } from '../../src/state/saved-clients';
import { readSavedLang } from '../../src/state/saved-lang';
import { useStore } from '../../src/state/store';
import type { Answers } from '../../src/scoring/types';
import { openEntry, resetStore } from '../render';
import { answerSensitivity } from '../../src/state/answer-sensitivity';

beforeEach(() => resetStore());

const key = () => useStore.persist.getOptions().name ?? '';
const state = () => useStore.getState();
const jansen: Answers = { ...initialAnswers, participants: 8, importance: { e2e: 'must', dpa: 'must' } };
const bakker = { ...initialAnswers, participants: 40, hosting: 'self' as const };

/** Fills in the open client as a consultant would. */
function fill(name: string, answers = jansen, notes = '') {
  state().setAnswers(answers);
  state().setClient({ name, notes });
  state().markAnswered();
}

function saved(id: string, s: Partial<PersistedState>, changed = '2026-12-01T10:00:00.000Z') {
  localStorage.setItem(`videobelwijzer-client-${id}`, JSON.stringify({ state: { ...initialPersisted, ...s }, version: storeVersion, changed }));
}

describe('clients, each under a key of their own', () => {
  it('a new client starts blank; the one open before stays saved exactly as it was', () => {
    fill('Huisartsenpraktijk Jansen', jansen, 'Patiëntgegevens!');
    const first = { id: state().id, raw: openEntry() };
    state().startClient();
    expect(state().id).not.toBe(first.id);
    expect([state().answers, state().client, state().answered]).toEqual([initialAnswers, { name: '', notes: '' }, false]);
    expect(sessionStorage.getItem('videobelwijzer-open')).toBe(state().id);
    fill('Bakkerij Bakker', bakker);
    expect(localStorage.getItem(`videobelwijzer-client-${first.id}`)).toBe(first.raw);
    expect(savedClients().map((c) => c.state?.client.name).sort()).toEqual(['Bakkerij Bakker', 'Huisartsenpraktijk Jansen']);
  });

  it('opening a client reads its own entry, and nothing of the client open before leaks into it', async () => {
    saved('b', { answers: bakker, client: { name: 'Bakker', notes: '' }, answered: true });
    fill('Jansen', jansen, 'vertrouwelijk');
    const jansenId = state().id;
    await openClient('b');
    expect([state().id, state().answers, state().client]).toEqual(['b', bakker, { name: 'Bakker', notes: '' }]);
    expect(key()).toBe('videobelwijzer-client-b');
    state().setParticipants(41);
    expect(savedClients().find((c) => c.id === jansenId)?.state?.answers).toEqual(jansen);
    await openClient(jansenId);
    expect(state().client).toEqual({ name: 'Jansen', notes: 'vertrouwelijk' });
  });

  it('renames the open client and another one', () => {
    saved('b', { answers: bakker, client: { name: 'Bakker', notes: 'n' } });
    fill('Jansen');
    expect(renameClient(state().id, 'Jansen & Zn')).toBe(true);
    expect(state().client.name).toBe('Jansen & Zn');
    expect(renameClient('b', 'Bakkerij Bakker')).toBe(true);
    expect(savedClients().find((c) => c.id === 'b')?.state?.client).toEqual({ name: 'Bakkerij Bakker', notes: 'n' });
    expect(renameClient('missing', 'x')).toBe(false);
  });

  it('duplicates with the same answers, data set, sensitivity and choice, but no name or notes', () => {
    fill('Jansen', jansen, 'geheim');
    answerSensitivity('special');
    state().setChoice('webex');
    const copyId = duplicateClient(state().id);
    const copy = savedClients().find((c) => c.id === copyId)?.state;
    expect(copy).toMatchObject({ answers: state().answers, sensitivity: 'special', choice: 'webex', dataSet: state().dataSet, client: { name: '', notes: '' }, exportedAt: null });
    expect(state().client.name).toBe('Jansen'); // the open client is still the original
  });

  it('deletes a client with Undo, the open one too', async () => {
    saved('b', { answers: bakker, client: { name: 'Bakker', notes: '' } });
    fill('Jansen', jansen, 'geheim');
    const jansenId = state().id;
    const other = deleteClient('b');
    expect(localStorage.getItem('videobelwijzer-client-b')).toBeNull();
    await restoreClient(other, false);
    expect(savedClients().find((c) => c.id === 'b')?.state?.client.name).toBe('Bakker');
    expect(state().id).toBe(jansenId);

    const open = deleteClient(jansenId);
    expect(open.name).toBe('Jansen');
    expect(state().id).not.toBe(jansenId);
    expect(state().client).toEqual({ name: '', notes: '' });
    await restoreClient(open, true);
    expect([state().id, state().client.notes, state().answers]).toEqual([jansenId, 'geheim', jansen]);
  });

  it('brings back by Undo a client whose entry was never written (storage full)', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    fill('Jansen', jansen, 'getypt');
    const open = deleteClient(state().id);
    setItem.mockRestore();
    await restoreClient(open, true);
    expect([state().client.notes, state().answers]).toEqual(['getypt', jansen]);
  });

  it('deletes every client at once, and starts a new, blank one', () => {
    saved('a', { answers: bakker });
    saved('b', { answers: jansen });
    fill('Jansen');
    localStorage.setItem('videobelwijzer-own', '{}');
    deleteAllClients();
    expect(savedClients()).toEqual([]);
    expect(state().client.name).toBe('');
    expect(localStorage.getItem('videobelwijzer-own')).toBe('{}'); // the own tools are not a client's
  });

  it('adds a client read from a file as a new one, and opens it', async () => {
    fill('Jansen');
    const before = state().id;
    const id = await addClient({ ...initialPersisted, answers: bakker, client: { name: 'Bakker', notes: 'uit bestand' }, answered: true });
    expect(id).not.toBe(before);
    expect([state().id, state().client.name]).toEqual([id, 'Bakker']);
    expect(savedClients()).toHaveLength(2);
  });

  it('fits 50 clients with notes of 1,000 characters each', () => {
    for (let i = 0; i < 50; i++) {
      state().startClient();
      fill(`Klant ${i}`, { ...jansen, participants: i + 2 }, String(i % 10).repeat(maxNotes));
    }
    const list = savedClients();
    expect(list).toHaveLength(50);
    expect(list.every((c) => c.status === 'ok' && c.state.client.notes.length === maxNotes)).toBe(true);
    expect(state().notices).toEqual([]);
  });

  it('lists the client changed last first; a damaged entry or a newer version\'s is listed as such, untouched', () => {
    saved('old', { answers: bakker }, '2026-11-01T10:00:00.000Z');
    saved('new', { answers: jansen }, '2026-12-05T10:00:00.000Z');
    localStorage.setItem('videobelwijzer-client-bad', '{"state": [');
    localStorage.setItem('videobelwijzer-client-next', JSON.stringify({ state: {}, version: storeVersion + 1, changed: '2026-12-06T10:00:00.000Z' }));
    const list = savedClients();
    expect(list.map((c) => [c.id, c.status])).toEqual([['next', 'newer'], ['new', 'ok'], ['old', 'ok'], ['bad', 'unreadable']]);
    // A new tab opens the readable client changed last.
    expect(lastChanged()).toBe('new');
    expect(localStorage.getItem('videobelwijzer-client-bad')).toBe('{"state": [');
  });
});

describe('the state saved before version 6', () => {
  it('moves into a client of its own, exactly as written, and its language to the language key', () => {
    const old = JSON.stringify({ state: { answers: jansen, lang: 'en', client: { name: 'Jansen', notes: '' }, history: [] }, version: 5 });
    localStorage.setItem('videobelwijzer', old);
    expect(readSavedLang()).toBe('en'); // the start page speaks it before the store moves it
    const id = moveOld();
    expect(id).not.toBeNull();
    expect(localStorage.getItem('videobelwijzer')).toBeNull();
    expect(localStorage.getItem(`videobelwijzer-client-${id}`)).toBe(old);
    expect(localStorage.getItem('videobelwijzer-lang')).toBe('en');
    expect(readSavedLang()).toBe('en');
    expect(savedClients()[0]).toMatchObject({ id, status: 'ok', state: { answers: jansen, client: { name: 'Jansen' } } });
    expect(moveOld()).toBeNull();
  });

  it('moves a damaged state too, so that it is kept aside rather than lost', () => {
    localStorage.setItem('videobelwijzer', 'not json');
    const id = moveOld();
    expect(localStorage.getItem(`videobelwijzer-client-${id}`)).toBe('not json');
    expect(savedClients()[0]).toMatchObject({ id, status: 'unreadable' });
  });
});

describe('a shared link never writes into another client', () => {
  const link = '#participants=40&hosting=self&lang=nl';

  it('opens as a new, unnamed client when the open one holds other answers, and names the one it left', () => {
    fill('Huisartsenpraktijk Jansen', jansen, 'Patiëntgegevens! Vertrouwelijk.');
    const left = { id: state().id, raw: openEntry() };
    applySharedLink(link);
    expect(state().id).not.toBe(left.id);
    expect(state().client).toEqual({ name: '', notes: '' });
    expect(state().answers).toMatchObject({ participants: 40, hosting: 'self' });
    expect(state().notices).toEqual([{ kind: 'linkApplied', ignored: [], moreIgnored: 0, left: { id: left.id, name: 'Huisartsenpraktijk Jansen' } }]);
    expect(localStorage.getItem(`videobelwijzer-client-${left.id}`)).toBe(left.raw);
  });

  it('fills in the open client when it holds nothing yet', () => {
    const id = state().id;
    applySharedLink(link);
    expect(state().id).toBe(id);
    expect(state().notices).toEqual([{ kind: 'linkApplied', ignored: [], moreIgnored: 0 }]);
  });

  it('stays in the open client when the answers are the same, whatever the data set, choice or sensitivity', () => {
    fill('Bakker', { ...initialAnswers, participants: 40, hosting: 'self' });
    const id = state().id;
    applySharedLink(`${link}&data=current&choice=jitsi&sensitivity=special`);
    expect([state().id, state().client.name, state().choice, state().sensitivity]).toEqual([id, 'Bakker', 'jitsi', 'special']);
  });

  it('applies a link without answers (data set, choice, language) to the open client', () => {
    fill('Bakker');
    const id = state().id;
    applySharedLink('#data=report&choice=webex&lang=en');
    expect([state().id, state().client.name, state().dataSet, state().choice, state().answers]).toEqual([id, 'Bakker', 'report', 'webex', jansen]);
  });

  it('an unnamed client with answers is not written into either', () => {
    state().setAnswers(jansen);
    const id = state().id;
    applySharedLink(link);
    expect(state().id).not.toBe(id);
    expect(state().notices[0]).toMatchObject({ left: { id, name: '' } });
  });
});

describe('a tab opening the app', () => {
  /** The store as a freshly opened tab makes it, with what is saved now. */
  async function freshStore() {
    vi.resetModules();
    return (await import('../../src/state/store')).useStore;
  }

  it('opens the client changed last, and keeps it open across its reloads', async () => {
    saved('older', { answers: bakker, client: { name: 'Bakker', notes: '' }, answered: true }, '2026-12-01T10:00:00.000Z');
    saved('newer', { answers: jansen, client: { name: 'Jansen', notes: 'n' }, answered: true }, '2026-12-05T10:00:00.000Z');
    sessionStorage.clear();
    const store = await freshStore();
    expect([store.getState().id, store.getState().client.name, store.getState().answers]).toEqual(['newer', 'Jansen', jansen]);
    // The tab moves to the other client; its reload opens that one, whatever was changed last.
    sessionStorage.setItem('videobelwijzer-open', 'older');
    const reloaded = await freshStore();
    expect([reloaded.getState().id, reloaded.getState().client.name]).toEqual(['older', 'Bakker']);
  });

  it('moves the state saved before version 6 into its first client, and opens it', async () => {
    localStorage.setItem('videobelwijzer', JSON.stringify({ state: { answers: jansen, lang: 'en', client: { name: 'Jansen', notes: 'x' }, history: [], dataSet: 'report' }, version: 5 }));
    sessionStorage.clear();
    const store = await freshStore();
    expect([store.getState().client.name, store.getState().answers, store.getState().lang, store.getState().notices]).toEqual(['Jansen', jansen, 'en', []]);
    expect(localStorage.getItem('videobelwijzer')).toBeNull();
  });

  it('keeps a damaged entry aside and opens a new client, saying so', async () => {
    localStorage.setItem('videobelwijzer-client-bad', '{"state": [');
    sessionStorage.setItem('videobelwijzer-open', 'bad');
    const store = await freshStore();
    expect(store.getState().id).not.toBe('bad');
    expect(store.getState().notices).toEqual([{ kind: 'storageUnreadable' }]);
    store.getState().setParticipants(30);
    expect(localStorage.getItem('videobelwijzer-client-bad')).toBe('{"state": [');
  });
});

describe('opening a client that is gone or damaged', () => {
  it('does not open a client deleted since the list was read', async () => {
    fill('Jansen');
    const id = state().id;
    await openClient('gone');
    expect([state().id, state().client.name]).toEqual([id, 'Jansen']);
  });

  it('leaves a damaged client aside, and takes nothing of the open one into the new client', async () => {
    fill('Jansen', jansen, 'geheim');
    localStorage.setItem('videobelwijzer-client-bad', '{"state": [');
    await openClient('bad');
    expect(state().id).not.toBe('bad');
    expect([state().client, state().answers]).toEqual([{ name: '', notes: '' }, initialAnswers]);
    expect(state().notices).toEqual([{ kind: 'storageUnreadable' }]);
    expect(localStorage.getItem('videobelwijzer-client-bad')).toBe('{"state": [');
    expect(savedClients().filter((c) => c.state?.client.name === 'Jansen')).toHaveLength(1);
  });
});

it('saves a new client as usual after a newer version\'s client was read (only that entry is left alone)', async () => {
  const newer = JSON.stringify({ state: { answers: jansen }, version: storeVersion + 1 });
  localStorage.setItem('videobelwijzer-client-next', newer);
  await openClient('next');
  expect(state().answers).toEqual(jansen);
  state().setParticipants(9);
  expect(localStorage.getItem('videobelwijzer-client-next')).toBe(newer);
  state().startClient();
  fill('Bakker', bakker);
  expect(savedClients().find((c) => c.id === state().id)?.state?.client.name).toBe('Bakker');
});
