import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { DataSet } from '../catalog/types';
import { raisedBySuggestion, suggestedImportance, type Sensitivity } from '../scoring/sensitivity';
import type { Answers, Budget, CriterionId, Hosting, Importance } from '../scoring/types';
import type { Lang } from '../share/languages';
import type { IgnoredParam } from '../share/link';
import type { Notice, NoticeKind } from './notices';
import { initialAnswers, initialPersisted, maxClientName, maxHistory, maxNotes, migrate, sameAnswers, storeVersion } from './persisted';
import type { PersistedState } from './persisted';
import type * as Salvage from './salvage';
import { hasSaved, onStorageProblem, storage, storageKey, type StorageProblem } from './storage';

export { storageKey };

export interface StoreState extends PersistedState {
  notices: Notice[];
  setParticipants: (n: number) => void;
  setHosting: (h: Hosting) => void;
  setBudget: (b: Budget) => void;
  setIncludeDiscontinued: (on: boolean) => void;
  setImportance: (criterion: CriterionId, level: Importance) => void;
  setAnswers: (answers: Answers) => void;
  /**
   * Answers the sensitivity question: raises the importances it suggests (never lowers one) and
   * remembers which, so the pages can mark them. Importances an earlier answer raised, and the user
   * left alone, first go back to what they were.
   */
  setSensitivity: (sensitivity: Sensitivity) => void;
  /** Keeps a sensitivity answer without raising anything: a link's importances stand as they are. */
  noteSensitivity: (sensitivity: Sensitivity) => void;
  /** Marks a tool as chosen; null takes the mark away (no tool is chosen then). */
  setChoice: (toolId: string | null) => void;
  /** Records that answers were given (a question page was submitted). */
  markAnswered: () => void;
  /**
   * Takes the answers from a shared link; keeps the replaced ones so they can be restored. The
   * link's importances stand as they are: its sensitivity is kept, never applied again.
   */
  applyLink: (answers: Answers, ignored: IgnoredParam[], moreIgnored: number, sensitivity?: Sensitivity | null) => void;
  /** Brings back a set from `history`; the answers it replaces go into the history in turn. */
  restore: (index: number) => void;
  setLang: (lang: Lang) => void;
  setDataSet: (dataSet: DataSet) => void;
  setClient: (client: Partial<PersistedState['client']>) => void;
  dismissNotice: (kind: NoticeKind) => void;
  addNotice: (notice: Notice) => void;
  /** "Forget my answers" / "New client": clears everything this app stored. */
  forget: () => void;
}

export { sameAnswers };

// The checks a saved state goes through load only when there is one: a visitor who opens a link
// with nothing saved never fetches them. Loaded before the store is made (a top-level await), so
// reading a saved state stays synchronous and no page ever draws before it is read.
let check: typeof Salvage.salvage | null = hasSaved() ? (await import('./salvage')).salvage : null;

/** Reads the saved state in again (another tab wrote it, see tab-sync), loading its checks first. */
export async function readSaved(): Promise<void> {
  check ??= (await import('./salvage')).salvage;
  await useStore.persist.rehydrate();
}

const without = (list: Notice[], ...kinds: NoticeKind[]) => list.filter((n) => !kinds.includes(n.kind));
const withNotice = (list: Notice[], notice: Notice) => [...without(list, notice.kind), notice];

/** The history after `answers` were replaced now: newest first, at most `maxHistory`. */
const pushed = (history: PersistedState['history'], answers: Answers, sensitivity: Sensitivity | null) =>
  [{ answers, replacedAt: new Date().toISOString(), sensitivity }, ...history].slice(0, maxHistory);

/** The suggestion's marks that still hold once `answers` replace `before`: a changed importance loses its mark. */
function keptMarks(suggested: PersistedState['suggested'], before: Answers, answers: Answers): PersistedState['suggested'] {
  if (!Object.keys(suggested).length) return suggested; // nothing marked: keep the same object
  const kept: PersistedState['suggested'] = {};
  for (const [criterion, mark] of Object.entries(suggested) as [CriterionId, NonNullable<PersistedState['suggested'][CriterionId]>][]) {
    if (before.importance[criterion] === answers.importance[criterion]) kept[criterion] = mark;
  }
  return kept;
}

// Storage problems found while the store is created are queued, then shown once it exists.
const noticeFor: Record<StorageProblem, Notice> = {
  unreadable: { kind: 'storageUnreadable' },
  unavailable: { kind: 'storageUnavailable' },
  newer: { kind: 'storageNewer' },
};
// Storage problems and repairs found while reading storage are queued, then shown once the store
// exists and the reading is done (hydration replaces the whole state, so a notice added during it
// would be lost).
let pending: Notice[] = [];
let ready = false;
let reading = false;
function flush() {
  if (!ready || reading || !pending.length) return;
  const found = pending;
  pending = [];
  useStore.setState((s) => ({ notices: [...s.notices.filter((n) => !found.some((f) => f.kind === n.kind)), ...found] }));
}
function tell(notice: Notice) {
  // Told once: a write that fails again (each write does, when storage is full) says nothing new.
  if (ready && notice.kind === 'storageUnavailable' && useStore.getState().notices.some((n) => n.kind === notice.kind)) return;
  pending = withNotice(pending, notice);
  flush();
}
onStorageProblem((problem) => tell(noticeFor[problem]));

const answer = (set: (fn: (s: StoreState) => Partial<StoreState>) => void, change: (a: Answers) => Answers) =>
  set((s) => {
    const answers = change(s.answers);
    return { answers, suggested: keptMarks(s.suggested, s.answers, answers) };
  });

export const useStore = create<StoreState>()(
  persist(
    (set) => ({
      ...structuredClone(initialPersisted),
      notices: [],
      setParticipants: (participants) => answer(set, (a) => ({ ...a, participants })),
      setHosting: (hosting) => answer(set, (a) => ({ ...a, hosting })),
      setBudget: (budget) => answer(set, (a) => ({ ...a, budget })),
      setIncludeDiscontinued: (includeDiscontinued) => answer(set, (a) => ({ ...a, includeDiscontinued })),
      setImportance: (criterion, level) =>
        answer(set, (a) => {
          const importance = { ...a.importance };
          if (level === 'ignore') delete importance[criterion];
          else importance[criterion] = level;
          return { ...a, importance };
        }),
      setAnswers: (answers) => answer(set, () => answers),
      setSensitivity: (sensitivity) =>
        set((s) => {
          // Put back what an earlier answer raised and the user left alone, then raise afresh.
          const importance = { ...s.answers.importance };
          for (const [criterion, mark] of Object.entries(s.suggested) as [CriterionId, { from: Importance }][]) {
            if (mark.from === 'ignore') delete importance[criterion];
            else importance[criterion] = mark.from;
          }
          const suggested: PersistedState['suggested'] = {};
          for (const criterion of raisedBySuggestion(sensitivity, importance)) {
            suggested[criterion] = { by: sensitivity, from: importance[criterion] ?? 'ignore' };
          }
          return { sensitivity, suggested, answers: { ...s.answers, importance: suggestedImportance(sensitivity, importance) } };
        }),
      // A link's sensitivity that differs from the saved one: its marks named the old answer, and
      // the importances stand as they are, so nothing is marked as suggested any more.
      noteSensitivity: (sensitivity) => set((s) => (s.sensitivity === sensitivity ? {} : { sensitivity, suggested: {} })),
      setChoice: (choice) => set({ choice }),
      markAnswered: () => set((s) => (s.answered ? {} : { answered: true })),
      applyLink: (answers, ignored, moreIgnored, sensitivity = null) =>
        set((s) => {
          const notices = without(s.notices, 'linkApplied', 'linkIgnored');
          if (sameAnswers(s.answers, answers)) {
            return { answered: true, notices: ignored.length ? [...notices, { kind: 'linkIgnored', ignored, moreIgnored, partial: true }] : notices };
          }
          const replacedSaved = !sameAnswers(s.answers, initialAnswers);
          return {
            answers,
            answered: true,
            sensitivity,
            suggested: {},
            history: replacedSaved ? pushed(s.history, s.answers, s.sensitivity) : s.history,
            notices: [...notices, { kind: 'linkApplied', ignored, moreIgnored, replacedSaved }],
          };
        }),
      restore: (index) =>
        set((s) => {
          const entry = s.history[index];
          if (!entry) return {};
          const rest = s.history.filter((_, i) => i !== index);
          return {
            answers: entry.answers,
            sensitivity: entry.sensitivity,
            suggested: {},
            history: pushed(rest, s.answers, s.sensitivity),
            notices: without(s.notices, 'linkApplied'),
          };
        }),
      setLang: (lang) => set({ lang }),
      setDataSet: (dataSet) => set({ dataSet }),
      setClient: (client) =>
        set((s) => ({
          client: {
            name: (client.name ?? s.client.name).slice(0, maxClientName),
            notes: (client.notes ?? s.client.notes).slice(0, maxNotes),
          },
        })),
      dismissNotice: (kind) => set((s) => ({ notices: without(s.notices, kind) })),
      addNotice: (notice) => set((s) => ({ notices: withNotice(s.notices, notice) })),
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
      partialize: (s): PersistedState => ({
        answers: s.answers,
        lang: s.lang,
        dataSet: s.dataSet,
        client: s.client,
        history: s.history,
        sensitivity: s.sensitivity,
        suggested: s.suggested,
        choice: s.choice,
        answered: s.answered,
      }),
      migrate: (persisted, version) => migrate(persisted, version) as PersistedState,
      // Whatever was stored, of any version, is checked field by field before it is trusted.
      merge: (persisted, current) => {
        reading = true;
        // Nothing saved (or nothing readable, which storage has reported): the fresh state stands.
        if (persisted === undefined || !check) return current;
        const { state, dropped, unreadable } = check(persisted);
        if (unreadable) tell({ kind: 'storageUnreadable' });
        else if (dropped.length) tell({ kind: 'storageRepaired', fields: dropped });
        return { ...current, ...state };
      },
      onRehydrateStorage: () => () => {
        reading = false;
        flush();
      },
    },
  ),
);

ready = true;
flush();
