import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialAnswers, initialPersisted, maxNotes, storeVersion } from '../../src/state/persisted';
import { migrate } from '../../src/state/migrations';
import { salvage } from '../../src/state/salvage';
import { isReadOnly } from '../../src/state/storage';
import { readSaved, sameAnswers, useStore } from '../../src/state/store';
import { syncTabs } from '../../src/state/tab-sync';
import { openEntry, resetStore } from '../render';
import { answerSensitivity } from '../../src/state/answer-sensitivity';

/** The open client's key: it changes when the tab moves to another client. */
const storageKey = () => useStore.persist.getOptions().name ?? '';
const stored = () => JSON.parse(openEntry() ?? 'null') as { state: Record<string, unknown>; version: number; changed?: string } | null;

async function rehydrateFrom(raw: string) {
  localStorage.setItem(storageKey(), raw);
  await readSaved();
}

const entry = (state: Record<string, unknown>, version = storeVersion) => JSON.stringify({ version, state });

beforeEach(() => resetStore());
afterEach(() => vi.restoreAllMocks());

describe('persist', () => {
  it('saves the open client\'s answers, data set, name and notes under its own versioned key, without notices, actions or language', () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T09:00:00Z') });
    useStore.setState({ created: '2026-12-07T08:00:00.000Z' });
    useStore.getState().setImportance('e2e', 'must');
    useStore.getState().setClient({ name: 'Bakkerij Jansen' });
    useStore.getState().setDataSet('current');
    const saved = stored();
    expect(storageKey()).toBe(`videobelwijzer-client-${useStore.getState().id}`);
    expect(saved?.version).toBe(storeVersion);
    expect(saved?.changed).toBe('2026-12-07T09:00:00.000Z');
    expect(saved?.state).toEqual({
      answers: { ...initialAnswers, importance: { e2e: 'must' } },
      dataSet: 'current',
      client: { name: 'Bakkerij Jansen', notes: '' },
      sensitivity: null,
      suggested: {},
      choice: null,
      answered: false,
      created: '2026-12-07T08:00:00.000Z',
      exportedAt: null,
    });
    vi.useRealTimers();
  });

  it('keeps the language apart from the clients, for every client', () => {
    useStore.getState().setLang('en');
    expect(localStorage.getItem('videobelwijzer-lang')).toBe('en');
    expect(stored()).toBeNull(); // a client with nothing in it is not written
  });

  it('never writes a client with nothing in it, and never writes a client again when nothing in it changed', () => {
    useStore.getState().setDataSet('current');
    useStore.getState().setChoice(null);
    expect(stored()).toBeNull();
    vi.useFakeTimers({ now: new Date('2026-12-07T09:00:00Z') });
    useStore.getState().setParticipants(30);
    vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
    useStore.getState().dismissNotice('loosened'); // the store changes, the client does not
    expect(stored()?.changed).toBe('2026-12-07T09:00:00.000Z');
    vi.useRealTimers();
  });

  it('starts a visitor with nothing saved on current data, with nothing answered', () => {
    expect(initialPersisted).toMatchObject({ dataSet: 'current', answered: false, choice: null });
  });

  it('records that answers were given: a question page submitted, or a link with answers applied', () => {
    useStore.getState().markAnswered();
    expect(useStore.getState().answered).toBe(true);
    useStore.setState({ answered: false });
    useStore.getState().applyLink({ ...initialAnswers, participants: 30 }, [], 0);
    expect(useStore.getState().answered).toBe(true);
    useStore.setState({ answered: false });
    // The same answers as saved: still answers given by the link.
    useStore.getState().applyLink({ ...initialAnswers, participants: 30 }, [], 0);
    expect(useStore.getState().answered).toBe(true);
  });

  it('restores valid saved answers without a notice', async () => {
    const answers = { ...initialAnswers, participants: 42, budget: 'free-only', importance: { dpa: 'nice' } };
    await rehydrateFrom(entry({ answers, client: { name: '', notes: '' } }));
    expect(useStore.getState().answers).toEqual(answers);
    expect(useStore.getState().notices).toEqual([]);
  });

  it('recovers from an entry that is not JSON, says so, and keeps the entry aside as it was', async () => {
    const damaged = storageKey();
    await rehydrateFrom('{"state": {"answers": ');
    expect(useStore.getState().answers).toEqual(initialAnswers);
    expect(useStore.getState().notices).toEqual([{ kind: 'storageUnreadable' }]);
    // This tab goes on in a new client; the damaged entry is never written over.
    expect(storageKey()).not.toBe(damaged);
    useStore.getState().setParticipants(44);
    expect(localStorage.getItem(damaged)).toBe('{"state": {"answers": ');
    expect(stored()?.state.answers).toMatchObject({ participants: 44 });
  });

  it('keeps the valid fields of a tampered entry and names the reset ones as the user knows them', async () => {
    await rehydrateFrom(entry({
      answers: { participants: -3, hosting: 'cloud', budget: 'gratis', importance: { e2e: 'must', warp: 'must', dpa: 'always' } },
      created: 'yesterday',
    }));
    const s = useStore.getState();
    expect(s.answers).toEqual({ ...initialAnswers, hosting: 'cloud', importance: { e2e: 'must' } });
    expect(s.notices).toEqual([{ kind: 'storageRepaired', fields: ['participants', 'budget', 'importance', 'created'] }]);
  });
});

describe('migrations', () => {
  const v1 = {
    answers: { ...initialAnswers, participants: 300, hosting: 'self', importance: { openSource: 'nice' } },
    lang: 'en',
    client: { name: 'Klant', notes: 'Gesprek op dinsdag' },
    previous: { ...initialAnswers, participants: 12 },
  };
  /** What every earlier version becomes in version 6: one client, without language or replaced sets. */
  const latest = { answers: v1.answers, client: v1.client, sensitivity: null, suggested: {}, created: null, exportedAt: null };

  it('brings version 1 up to date: the client keeps its answers, name and notes', async () => {
    expect(migrate(v1, 1)).toEqual({ ...latest, dataSet: 'report', choice: null, answered: true });
    expect(migrate({ ...v1, previous: null }, 1)).toEqual({ ...latest, dataSet: 'report', choice: null, answered: true });
    await rehydrateFrom(entry(v1, 1));
    const s = useStore.getState();
    expect(s.answers).toEqual(v1.answers);
    expect(s.client).toEqual(v1.client);
    expect(s.notices).toEqual([]);
    expect(stored()?.version).toBe(storeVersion);
  });

  it('brings version 2 up to date: everything saved before ranked on the report', async () => {
    const v2 = { answers: v1.answers, lang: 'en', client: v1.client, history: [{ answers: v1.previous, replacedAt: '2026-11-30T10:00:00.000Z' }] };
    expect(migrate(v2, 2)).toEqual({ ...latest, dataSet: 'report', choice: null, answered: true });
    await rehydrateFrom(entry(v2, 2));
    expect(useStore.getState().dataSet).toBe('report');
    expect(useStore.getState().notices).toEqual([]);
    expect(stored()?.version).toBe(storeVersion);
  });

  it('brings version 3 up to date: the sensitivity question unanswered, nothing suggested, no choice marked', async () => {
    const v3 = { answers: v1.answers, lang: 'en', dataSet: 'current', client: v1.client, history: [{ answers: v1.previous, replacedAt: null }] };
    expect(migrate(v3, 3)).toEqual({ ...latest, dataSet: 'current', choice: null, answered: true });
    await rehydrateFrom(entry(v3, 3));
    const s = useStore.getState();
    expect(s.answers).toEqual(v1.answers);
    expect(s.dataSet).toBe('current');
    expect([s.sensitivity, s.suggested, s.choice]).toEqual([null, {}, null]);
    expect(s.notices).toEqual([]);
    expect(stored()?.version).toBe(storeVersion);
  });

  it('keeps a saved choice of current data, and resets a bad one to the report, saying so', async () => {
    await rehydrateFrom(entry({ answers: v1.answers, dataSet: 'current' }));
    expect(useStore.getState().dataSet).toBe('current');
    await rehydrateFrom(entry({ answers: v1.answers, dataSet: 'tomorrow' }));
    expect(useStore.getState().dataSet).toBe('report');
    expect(useStore.getState().notices).toEqual([{ kind: 'storageRepaired', fields: ['dataSet'] }]);
  });

  it('brings version 4 up to date: answers other than the defaults, or a sensitivity, count as given', async () => {
    const v4 = { answers: v1.answers, lang: 'en', dataSet: 'report', client: v1.client, history: [], sensitivity: null, suggested: {}, choice: 'jitsi' };
    expect(migrate(v4, 4)).toEqual({ ...latest, dataSet: 'report', choice: 'jitsi', answered: true });
    expect(migrate({ ...v4, answers: initialAnswers }, 4)).toMatchObject({ answered: false });
    expect(migrate({ ...v4, answers: initialAnswers, sensitivity: 'everyday' }, 4)).toMatchObject({ answered: true });
    await rehydrateFrom(entry(v4, 4));
    const s = useStore.getState();
    expect([s.answered, s.dataSet, s.choice]).toEqual([true, 'report', 'jitsi']);
    expect(s.notices).toEqual([]);
    expect(stored()?.version).toBe(storeVersion);
  });

  it('brings version 5 up to date: the one state becomes a client; its language and replaced sets leave it', async () => {
    const v5 = { answers: v1.answers, lang: 'en', dataSet: 'current', client: v1.client, history: [{ answers: v1.previous, replacedAt: null, sensitivity: null }], sensitivity: 'special', suggested: {}, choice: 'webex', answered: true };
    expect(migrate(v5, 5)).toEqual({ ...latest, dataSet: 'current', sensitivity: 'special', choice: 'webex', answered: true });
    await rehydrateFrom(entry(v5, 5));
    const s = useStore.getState();
    expect([s.answers, s.client, s.sensitivity, s.choice, s.created, s.exportedAt]).toEqual([v1.answers, v1.client, 'special', 'webex', null, null]);
    expect(s.notices).toEqual([]);
    expect(stored()?.version).toBe(storeVersion);
    expect(stored()?.state).not.toHaveProperty('history');
    expect(stored()?.state).not.toHaveProperty('lang');
  });

  it('has a step for every earlier version', () => {
    for (let v = 1; v < storeVersion; v++) expect(migrate({}, v), `from ${v}`).toBeDefined();
    expect(Object.keys(initialPersisted).sort()).toEqual(Object.keys(migrate(v1, 1) as object).sort());
  });
});

describe('an entry from a newer version of the app', () => {
  const newer = entry({ answers: { ...initialAnswers, participants: 77, futureField: 1 }, somethingNew: [1, 2] }, storeVersion + 1);

  it('is read as far as this version understands it, and never overwritten', async () => {
    await rehydrateFrom(newer);
    expect(isReadOnly(storageKey())).toBe(true);
    expect(useStore.getState().answers.participants).toBe(77);
    expect(useStore.getState().notices.map((n) => n.kind)).toContain('storageNewer');
    useStore.getState().setParticipants(5);
    useStore.getState().setClient({ notes: 'typed here' });
    expect(useStore.getState().answers.participants).toBe(5); // the app goes on in memory
    expect(localStorage.getItem(storageKey())).toBe(newer); // byte for byte what the newer version wrote
  });

  it('is removed only when the user deletes that client', async () => {
    await rehydrateFrom(newer);
    const key = storageKey();
    const { deleteClient } = await import('../../src/state/client-actions');
    deleteClient(useStore.getState().id);
    expect(localStorage.getItem(key)).toBeNull();
    useStore.getState().setParticipants(6);
    expect(stored()?.version).toBe(storeVersion);
  });
});

describe('client notes', () => {
  it('keeps exactly up to 1,000 characters, and they survive a reload', async () => {
    const notes = 'a'.repeat(maxNotes);
    useStore.getState().setClient({ notes: `${notes}and more` });
    expect(useStore.getState().client.notes).toBe(notes);
    await readSaved();
    expect(useStore.getState().client.notes).toBe(notes);
    expect(useStore.getState().notices).toEqual([]);
  });

  it('shortens longer stored notes to 1,000 characters, and says so in the user\'s words', async () => {
    await rehydrateFrom(entry({ answers: initialAnswers, client: { name: 'X', notes: 'b'.repeat(6000) } }));
    expect(useStore.getState().client.notes).toBe('b'.repeat(maxNotes));
    expect(useStore.getState().notices).toEqual([{ kind: 'storageRepaired', fields: ['clientNotes'] }]);
  });
});

describe('storage that fails', () => {
  it('says once, naming the client, that its changes will not be kept, and goes on working', () => {
    useStore.getState().setClient({ name: 'Tandarts Smit' });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useStore.getState().setParticipants(33);
    useStore.getState().setParticipants(34);
    expect(useStore.getState().answers.participants).toBe(34);
    expect(useStore.getState().notices.filter((n) => n.kind === 'storageUnavailable')).toEqual([{ kind: 'storageUnavailable', name: 'Tandarts Smit' }]);
    // Once there is room again, the next change saves everything the page held.
    vi.restoreAllMocks();
    useStore.getState().setParticipants(35);
    expect(stored()?.state).toMatchObject({ answers: { participants: 35 }, client: { name: 'Tandarts Smit' } });
  });

  it('says so when storage cannot even be read (blocked, private mode)', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await readSaved();
    expect(useStore.getState().notices.map((n) => n.kind)).toContain('storageUnavailable');
  });
});

describe('two tabs', () => {
  it('reads in what another tab saved, so this tab never writes stale answers back', async () => {
    const stop = syncTabs();
    useStore.getState().setParticipants(20);
    // The other tab writes its answers; the browser tells this tab with a storage event.
    const other = entry({ answers: { ...initialAnswers, participants: 90, importance: { e2e: 'must' } }, client: { name: '', notes: '' } });
    localStorage.setItem(storageKey(), other);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey(), newValue: other }));
    await vi.waitFor(() => expect(useStore.getState().answers.participants).toBe(90));
    // This tab's next change builds on the other tab's answers.
    useStore.getState().setImportance('dpa', 'nice');
    expect(stored()?.state.answers).toEqual({ ...initialAnswers, participants: 90, importance: { e2e: 'must', dpa: 'nice' } });
    stop();
  });

  it('reads in, on starting to listen, what another tab saved before that, and only then', async () => {
    useStore.getState().setParticipants(20);
    const rehydrate = vi.spyOn(useStore.persist, 'rehydrate');
    syncTabs()(); // nothing changed elsewhere: nothing read again
    expect(rehydrate).not.toHaveBeenCalled();
    // The other tab saves while this one is not listening yet: no storage event reaches it.
    localStorage.setItem(storageKey(), entry({ answers: { ...initialAnswers, participants: 90 }, client: { name: '', notes: '' } }));
    const stop = syncTabs();
    await vi.waitFor(() => expect(useStore.getState().answers.participants).toBe(90));
    expect(rehydrate).toHaveBeenCalledTimes(1);
    stop();
  });

  it('ignores storage events for other keys, another client\'s among them', async () => {
    const stop = syncTabs();
    useStore.getState().setParticipants(20);
    const rehydrate = vi.spyOn(useStore.persist, 'rehydrate');
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    const other = entry({ answers: { ...initialAnswers, participants: 90 } });
    localStorage.setItem('videobelwijzer-client-other', other);
    window.dispatchEvent(new StorageEvent('storage', { key: 'videobelwijzer-client-other', newValue: other }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rehydrate).not.toHaveBeenCalled();
    expect(useStore.getState().answers.participants).toBe(20);
    stop();
  });

  it('takes the language another tab chose', () => {
    const stop = syncTabs();
    window.dispatchEvent(new StorageEvent('storage', { key: 'videobelwijzer-lang', newValue: 'en' }));
    expect(useStore.getState().lang).toBe('en');
    stop();
  });

  it('never writes back a client another tab deleted: this tab goes on with a new one, and says so', () => {
    const stop = syncTabs();
    useStore.getState().setClient({ name: 'Garage Bos' });
    const key = storageKey();
    localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null }));
    expect(storageKey()).not.toBe(key);
    expect(useStore.getState().client.name).toBe('');
    expect(useStore.getState().notices).toEqual([{ kind: 'clientGone', name: 'Garage Bos' }]);
    useStore.getState().setParticipants(12);
    expect(localStorage.getItem(key)).toBeNull();
    stop();
  });
});

describe('salvage', () => {
  it('counts a state without the answered flag (a newer version\'s) as answered when it holds answers, and not otherwise', () => {
    expect(salvage({ answers: { ...initialAnswers, participants: 300 } }).state.answered).toBe(true);
    expect(salvage({ answers: initialAnswers, sensitivity: 'special' }).state.answered).toBe(true);
    expect(salvage({ answers: initialAnswers }).state.answered).toBe(false);
    expect(salvage({ answers: { ...initialAnswers, participants: 300 }, answered: false }).state.answered).toBe(false);
  });

  it.each([[null], [undefined]])('turns %j into the initial state, quietly', (input) => {
    expect(salvage(input)).toMatchObject({ state: { answers: initialAnswers }, dropped: [], unreadable: false });
  });

  it.each([[42], ['text'], [[1, 2]]])('calls %j unreadable', (input) => {
    expect(salvage(input)).toMatchObject({ state: { answers: initialAnswers }, unreadable: true });
  });

  it('keeps valid dates of making and exporting, and resets others', () => {
    const at = '2026-12-07T09:00:00.000Z';
    expect(salvage({ created: at, exportedAt: at }).state).toMatchObject({ created: at, exportedAt: at });
    expect(salvage({ created: 'soon', exportedAt: 12 })).toMatchObject({ state: { created: null, exportedAt: null }, dropped: ['created', 'exportedAt'] });
  });

  it('keeps a valid sensitivity, choice and suggestion marks, and names what it resets', () => {
    const answers = { ...initialAnswers, importance: { dpa: 'must', e2e: 'nice' } };
    const good = salvage({ answers, sensitivity: 'confidential', choice: 'signal', suggested: { dpa: { by: 'confidential', from: 'nice' } } });
    expect(good.state).toMatchObject({ sensitivity: 'confidential', choice: 'signal', suggested: { dpa: { by: 'confidential', from: 'nice' } } });
    expect(good.dropped).toEqual([]);
    const bad = salvage({
      answers,
      sensitivity: 'secret',
      choice: '<script>',
      // e2e: a bad level; groupCalls: a mark for an importance the answers do not have; warp: no criterion.
      suggested: { dpa: { by: 'special', from: 'ignore' }, e2e: { by: 'special', from: 'always' }, groupCalls: { by: 'special', from: 'ignore' }, warp: {} },
    });
    expect(bad.state).toMatchObject({ sensitivity: null, choice: null, suggested: { dpa: { by: 'special', from: 'ignore' } } });
    expect(bad.dropped).toEqual(['sensitivity', 'choice']);
  });
});

describe('shared links', () => {
  const linked = { ...initialAnswers, participants: 300, importance: { e2e: 'must' as const } };

  it('fills in the answers, and names the client it left when there was one', () => {
    useStore.getState().applyLink(linked, [], 0);
    expect(useStore.getState().answers).toEqual(linked);
    expect(useStore.getState().notices).toEqual([{ kind: 'linkApplied', ignored: [], moreIgnored: 0 }]);
    useStore.getState().applyLink({ ...linked, participants: 301 }, [], 0, null, { id: 'x', name: 'Jansen' });
    expect(useStore.getState().notices).toEqual([{ kind: 'linkApplied', ignored: [], moreIgnored: 0, left: { id: 'x', name: 'Jansen' } }]);
  });

  it('changes nothing when the link holds the same answers', () => {
    useStore.getState().setAnswers(linked);
    useStore.getState().applyLink({ ...linked, importance: { e2e: 'must' } }, [], 0);
    expect(useStore.getState().notices).toEqual([]);
  });
});

describe('the sensitivity answer', () => {
  const state = () => useStore.getState();

  it('raises the importances it suggests, never lowers one, and remembers which it raised', () => {
    state().setImportance('e2e', 'must');
    state().setImportance('dataInEU', 'nice');
    answerSensitivity('confidential');
    expect(state().answers.importance).toEqual({ e2e: 'must', dataInEU: 'nice', dpa: 'must', noThirdPartySharing: 'nice' });
    expect(state().suggested).toEqual({ dpa: { by: 'confidential', from: 'ignore' }, noThirdPartySharing: { by: 'confidential', from: 'ignore' } });
    expect(state().sensitivity).toBe('confidential');
  });

  it('forgets a mark once the user changes that importance, and keeps the user\'s level on a new answer', () => {
    answerSensitivity('confidential');
    state().setImportance('noThirdPartySharing', 'ignore');
    expect(state().suggested).not.toHaveProperty('noThirdPartySharing');
    answerSensitivity('everyday');
    // dpa goes back to what it was; the user's own "doesn't matter" for sharing stays.
    expect(state().answers.importance).toEqual({});
    state().setImportance('dpa', 'nice');
    answerSensitivity('special');
    expect(state().answers.importance).toEqual({ dpa: 'must', e2e: 'must', dataInEU: 'must', noThirdPartySharing: 'must' });
    answerSensitivity('confidential');
    // What special raised goes back (dpa to the user's 'nice'), then confidential raises afresh.
    expect(state().answers.importance).toEqual({ dpa: 'must', e2e: 'nice', dataInEU: 'nice', noThirdPartySharing: 'nice' });
    expect(state().suggested.dpa).toEqual({ by: 'confidential', from: 'nice' });
  });

  it('answering the same again changes nothing', () => {
    answerSensitivity('special');
    const before = structuredClone({ answers: state().answers, suggested: state().suggested });
    answerSensitivity('special');
    expect({ answers: state().answers, suggested: state().suggested }).toEqual(before);
  });

  it('a loosening from the results page that changes a suggested importance drops its mark', () => {
    answerSensitivity('special');
    state().setAnswers({ ...state().answers, importance: { ...state().answers.importance, e2e: 'nice' } });
    expect(Object.keys(state().suggested).sort()).toEqual(['dataInEU', 'dpa', 'noThirdPartySharing']);
  });

  it('a link\'s importances stand: its sensitivity is kept, nothing is raised, and the marks go', () => {
    answerSensitivity('confidential');
    state().applyLink({ ...initialAnswers, importance: { e2e: 'nice' } }, [], 0, 'special');
    expect(state().answers.importance).toEqual({ e2e: 'nice' });
    expect(state().sensitivity).toBe('special');
    expect(state().suggested).toEqual({});
  });
});

it('compares answers regardless of key order and explicit ignore', () => {
  expect(sameAnswers({ ...initialAnswers, importance: { e2e: 'must', dpa: 'nice' } }, { ...initialAnswers, importance: { dpa: 'nice', e2e: 'must', openSource: 'ignore' } })).toBe(true);
  expect(sameAnswers(initialAnswers, { ...initialAnswers, participants: 11 })).toBe(false);
});
