import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { Answers, Budget, CriterionId, Hosting, Importance } from '../scoring/types';
import type { Lang } from '../i18n/languages';
import type { IgnoredParam } from '../share/link';
import { initialAnswers, initialPersisted, salvage, storeVersion, type PersistedState } from './persisted';

export const storageKey = 'videobelwijzer';

/** Why the app tells the user something about their saved answers or a link. */
export type Notice =
  | { kind: 'storageUnreadable' }
  | { kind: 'storageRepaired'; fields: string[] }
  | { kind: 'storageOutdated'; fields: string[] }
  | { kind: 'linkApplied'; ignored: IgnoredParam[]; replacedSaved: boolean }
  | { kind: 'linkIgnored'; ignored: IgnoredParam[] };

export interface StoreState extends PersistedState {
  notices: Notice[];
  setParticipants: (n: number) => void;
  setHosting: (h: Hosting) => void;
  setBudget: (b: Budget) => void;
  setIncludeDiscontinued: (on: boolean) => void;
  setImportance: (criterion: CriterionId, level: Importance) => void;
  setAnswers: (answers: Answers) => void;
  /** Takes the answers from a shared link; keeps the replaced ones so they can be restored. */
  applyLink: (answers: Answers, ignored: IgnoredParam[]) => void;
  restorePrevious: () => void;
  setLang: (lang: Lang) => void;
  setClient: (client: Partial<PersistedState['client']>) => void;
  dismissNotice: (kind: Notice['kind']) => void;
  addNotice: (notice: Notice) => void;
  /** "Forget my answers" / "New client": clears everything this app stored. */
  forget: () => void;
}

/** Same answers, whatever the key order of `importance`. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = new Set([...Object.keys(a.importance), ...Object.keys(b.importance)]) as Set<CriterionId>;
  return (
    a.participants === b.participants &&
    a.hosting === b.hosting &&
    a.budget === b.budget &&
    a.includeDiscontinued === b.includeDiscontinued &&
    [...keys].every((k) => (a.importance[k] ?? 'ignore') === (b.importance[k] ?? 'ignore'))
  );
}

// Hydration runs synchronously when the store is created; what it finds is queued here
// and turned into notices once the store exists.
let hydrationNotices: Notice[] = [];

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: the app still works, it just forgets on reload
  }
}

const storage: PersistStorage<PersistedState> = {
  getItem(name) {
    const store = safeLocalStorage();
    const raw = store?.getItem(name);
    if (raw == null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) throw new Error('no state');
      return parsed as StorageValue<PersistedState>;
    } catch {
      hydrationNotices.push({ kind: 'storageUnreadable' });
      return null;
    }
  },
  setItem(name, value) {
    try {
      safeLocalStorage()?.setItem(name, JSON.stringify(value));
    } catch {
      // Quota or privacy mode: keep working in memory.
    }
  },
  removeItem(name) {
    safeLocalStorage()?.removeItem(name);
  },
};

function without<T extends { kind: string }>(list: T[], kind: string): T[] {
  return list.filter((n) => n.kind !== kind);
}

const linkKinds = new Set(['linkApplied', 'linkIgnored']);

export const useStore = create<StoreState>()(
  persist(
    (set) => ({
      ...structuredClone(initialPersisted),
      notices: [],
      setParticipants: (participants) => set((s) => ({ answers: { ...s.answers, participants } })),
      setHosting: (hosting) => set((s) => ({ answers: { ...s.answers, hosting } })),
      setBudget: (budget) => set((s) => ({ answers: { ...s.answers, budget } })),
      setIncludeDiscontinued: (includeDiscontinued) => set((s) => ({ answers: { ...s.answers, includeDiscontinued } })),
      setImportance: (criterion, level) =>
        set((s) => {
          const importance = { ...s.answers.importance };
          if (level === 'ignore') delete importance[criterion];
          else importance[criterion] = level;
          return { answers: { ...s.answers, importance } };
        }),
      setAnswers: (answers) => set({ answers }),
      applyLink: (answers, ignored) =>
        set((s) => {
          const notices = s.notices.filter((n) => !linkKinds.has(n.kind));
          if (sameAnswers(s.answers, answers)) {
            return { notices: ignored.length ? [...notices, { kind: 'linkIgnored', ignored }] : notices };
          }
          const replacedSaved = !sameAnswers(s.answers, initialAnswers);
          return {
            answers,
            previous: replacedSaved ? s.answers : s.previous,
            notices: [...notices, { kind: 'linkApplied', ignored, replacedSaved }],
          };
        }),
      restorePrevious: () =>
        set((s) => (s.previous ? { answers: s.previous, previous: null, notices: without(s.notices, 'linkApplied') } : {})),
      setLang: (lang) => set({ lang }),
      setClient: (client) => set((s) => ({ client: { ...s.client, ...client } })),
      dismissNotice: (kind) => set((s) => ({ notices: without(s.notices, kind) })),
      addNotice: (notice) => set((s) => ({ notices: [...without(s.notices, notice.kind), notice] })),
      forget: () => {
        set((s) => ({ ...structuredClone(initialPersisted), lang: s.lang, notices: [] }));
        // persist wrote the reset state just now; remove it so nothing stays behind until the next answer.
        storage.removeItem(storageKey);
      },
    }),
    {
      name: storageKey,
      version: storeVersion,
      storage,
      partialize: (s): PersistedState => ({ answers: s.answers, lang: s.lang, client: s.client, previous: s.previous }),
      // Any other version: keep what can be read, field by field, and say what was reset.
      migrate: (persisted, version) => {
        const { state, dropped } = salvage(persisted);
        hydrationNotices.push({ kind: 'storageOutdated', fields: version > storeVersion ? ['version', ...dropped] : dropped });
        return state;
      },
      // Same version, but possibly tampered with: validate before trusting it.
      merge: (persisted, current) => {
        const { state, dropped } = salvage(persisted);
        if (dropped.length && !hydrationNotices.some((n) => n.kind === 'storageOutdated')) {
          hydrationNotices.push({ kind: 'storageRepaired', fields: dropped });
        }
        return { ...current, ...state };
      },
      onRehydrateStorage: () => () => flushHydrationNotices(),
    },
  ),
);

// The first hydration runs inside `create`, before `useStore` is assigned; later ones
// (`useStore.persist.rehydrate()`, e.g. in tests) flush straight away.
let storeReady = false;
function flushHydrationNotices() {
  if (!storeReady || !hydrationNotices.length) return;
  const found = hydrationNotices;
  hydrationNotices = [];
  useStore.setState((s) => ({ notices: [...s.notices.filter((n) => !found.some((f) => f.kind === n.kind)), ...found] }));
}
storeReady = true;
flushHydrationNotices();
