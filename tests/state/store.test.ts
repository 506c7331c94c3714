import { beforeEach, describe, expect, it } from 'vitest';
import { storageKey, useStore, sameAnswers } from '../../src/wizard/store';
import { initialAnswers, salvage, storeVersion } from '../../src/wizard/persisted';
import { resetStore } from '../render';

const stored = () => JSON.parse(localStorage.getItem(storageKey) ?? 'null') as { state: Record<string, unknown>; version: number } | null;

async function rehydrateFrom(raw: string) {
  localStorage.setItem(storageKey, raw);
  await useStore.persist.rehydrate();
}

beforeEach(() => resetStore());

describe('persist', () => {
  it('saves answers, language and client under one versioned key, without notices or actions', () => {
    useStore.getState().setImportance('e2e', 'must');
    useStore.getState().setClient({ name: 'Bakkerij Jansen' });
    const saved = stored();
    expect(saved?.version).toBe(storeVersion);
    expect(saved?.state).toEqual({
      answers: { ...initialAnswers, importance: { e2e: 'must' } },
      lang: 'nl',
      client: { name: 'Bakkerij Jansen', notes: '' },
      previous: null,
    });
  });

  it('restores valid saved answers without a notice', async () => {
    const answers = { ...initialAnswers, participants: 42, budget: 'free-only', importance: { dpa: 'nice' } };
    await rehydrateFrom(JSON.stringify({ version: storeVersion, state: { answers, lang: 'en', client: { name: '', notes: '' }, previous: null } }));
    expect(useStore.getState().answers).toEqual(answers);
    expect(useStore.getState().lang).toBe('en');
    expect(useStore.getState().notices).toEqual([]);
  });

  it('recovers from an entry that is not JSON, and says so', async () => {
    await rehydrateFrom('{"state": {"answers": ');
    expect(useStore.getState().answers).toEqual(initialAnswers);
    expect(useStore.getState().notices).toEqual([{ kind: 'storageUnreadable' }]);
  });

  it('keeps the valid fields of a tampered entry and names the reset ones', async () => {
    await rehydrateFrom(
      JSON.stringify({
        version: storeVersion,
        state: { answers: { participants: -3, hosting: 'cloud', budget: 'gratis', importance: { e2e: 'must', warp: 'must', dpa: 'always' } }, lang: 'fr' },
      }),
    );
    const s = useStore.getState();
    expect(s.answers).toEqual({ ...initialAnswers, hosting: 'cloud', importance: { e2e: 'must' } });
    expect(s.lang).toBe('nl');
    expect(s.notices).toEqual([
      {
        kind: 'storageRepaired',
        fields: ['answers.participants', 'answers.budget', 'answers.importance.warp', 'answers.importance.dpa', 'lang'],
      },
    ]);
  });

  it.each([
    ['an older version', 0],
    ['a newer version', storeVersion + 1],
  ])('migrates %s field by field', async (_label, version) => {
    await rehydrateFrom(JSON.stringify({ version, state: { answers: { participants: 300, hosting: 'self', importance: { openSource: 'nice' } }, lang: 'en' } }));
    const s = useStore.getState();
    expect(s.answers).toEqual({ ...initialAnswers, participants: 300, hosting: 'self', importance: { openSource: 'nice' } });
    expect(s.lang).toBe('en');
    expect(s.notices[0]?.kind).toBe('storageOutdated');
  });
});

describe('salvage', () => {
  it.each([[null], [undefined], [42], ['text'], [[1, 2]]])('turns %j into the initial state', (input) => {
    expect(salvage(input).state.answers).toEqual(initialAnswers);
  });

  it('keeps client notes and previous answers', () => {
    const { state, dropped } = salvage({ client: { name: 'A', notes: 'B' }, previous: { participants: 5 } });
    expect(state.client).toEqual({ name: 'A', notes: 'B' });
    expect(state.previous).toEqual({ ...initialAnswers, participants: 5 });
    expect(dropped).toEqual([]);
  });
});

describe('shared links', () => {
  const linked = { ...initialAnswers, participants: 300, importance: { e2e: 'must' as const } };

  it('fills in the answers and remembers the different saved ones for restoring', () => {
    useStore.getState().setParticipants(12);
    useStore.getState().applyLink(linked, []);
    const s = useStore.getState();
    expect(s.answers).toEqual(linked);
    expect(s.previous?.participants).toBe(12);
    expect(s.notices).toEqual([{ kind: 'linkApplied', ignored: [], replacedSaved: true }]);
    s.restorePrevious();
    expect(useStore.getState().answers.participants).toBe(12);
    expect(useStore.getState().previous).toBeNull();
  });

  it('keeps nothing to restore when only defaults were replaced', () => {
    useStore.getState().applyLink(linked, []);
    expect(useStore.getState().previous).toBeNull();
    expect(useStore.getState().notices).toEqual([{ kind: 'linkApplied', ignored: [], replacedSaved: false }]);
  });

  it('changes nothing when the link holds the same answers', () => {
    useStore.getState().setAnswers(linked);
    useStore.getState().applyLink({ ...linked, importance: { e2e: 'must' } }, []);
    expect(useStore.getState().notices).toEqual([]);
  });
});

describe('forget', () => {
  it('clears the stored entry and every answer but keeps the language', () => {
    useStore.getState().setLang('en');
    useStore.getState().setImportance('dpa', 'must');
    useStore.getState().setClient({ notes: 'secret' });
    useStore.getState().forget();
    const s = useStore.getState();
    expect(s.answers).toEqual(initialAnswers);
    expect(s.client).toEqual({ name: '', notes: '' });
    expect(s.lang).toBe('en');
    expect(localStorage.getItem(storageKey)).toBeNull();
  });
});

it('compares answers regardless of key order and explicit ignore', () => {
  expect(sameAnswers({ ...initialAnswers, importance: { e2e: 'must', dpa: 'nice' } }, { ...initialAnswers, importance: { dpa: 'nice', e2e: 'must', openSource: 'ignore' } })).toBe(true);
  expect(sameAnswers(initialAnswers, { ...initialAnswers, participants: 11 })).toBe(false);
});
