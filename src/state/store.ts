import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { DataSet } from '../catalog/types';
import type { Sensitivity } from '../scoring/sensitivity';
import type { Answers, Budget, CriterionId, Hosting, Importance } from '../scoring/types';
import type { Lang } from '../share/languages';
import type { IgnoredParam } from '../share/link';
import type { Left, Notice, NoticeKind } from './notices';
import { clientPart, initialPersisted, maxClientName, maxNotes, newClientId, sameAnswers, storeVersion } from './persisted';
import type { PersistedState } from './persisted';
import type * as Saved from './saved-clients';
import { readSavedLang } from './saved-lang';
import { hasSaved, isAside, onStorageProblem, storage, type StorageProblem } from './storage';
import { clientKey, clientPrefix, openKey } from './client-keys';
import { langKey } from './storage-key';

export interface StoreState extends PersistedState {
  /** The open client's id: its entry is `clientKey(id)`. */
  id: string;
  /** The language, the browser's rather than a client's: saved under `langKey`. */
  lang: Lang;
  notices: Notice[];
  setParticipants: (n: number) => void;
  setHosting: (h: Hosting) => void;
  setBudget: (b: Budget) => void;
  setIncludeDiscontinued: (on: boolean) => void;
  setImportance: (criterion: CriterionId, level: Importance) => void;
  setAnswers: (answers: Answers) => void;
  /** Keeps a sensitivity answer without raising anything: a link's importances stand as they are. */
  noteSensitivity: (sensitivity: Sensitivity) => void;
  /** Marks a tool as chosen; null takes the mark away (no tool is chosen then). */
  setChoice: (toolId: string | null) => void;
  /** Records that answers were given (a question page was submitted). */
  markAnswered: () => void;
  /**
   * Takes the answers from a shared link, into the open client (apply-link.ts opens a new one
   * first when the open one holds other answers). The link's importances stand as they are: its
   * sensitivity is kept, never applied again. `left`: the client the link left, for the way back.
   */
  applyLink: (answers: Answers, ignored: IgnoredParam[], moreIgnored: number, sensitivity?: Sensitivity | null, left?: Left) => void;
  setLang: (lang: Lang) => void;
  setDataSet: (dataSet: DataSet) => void;
  setClient: (client: Partial<PersistedState['client']>) => void;
  /** Records when this client was exported, for the memo's small print. */
  setExported: (at: string) => void;
  /** Opens a new client in this tab, blank or with `from`; the one open before stays saved as it was. */
  startClient: (from?: Partial<PersistedState>) => void;
  dismissNotice: (kind: NoticeKind) => void;
  addNotice: (notice: Notice) => void;
}

export { sameAnswers };

const now = () => new Date().toISOString();
export const idOf = (key: string) => key.slice(clientPrefix.length);

function keepInTab(id: string) {
  try {
    sessionStorage.setItem(openKey, id);
  } catch {
    // a tab without storage keeps its client in memory
  }
}

/** Makes `id` this tab's client: the store writes its entry, and the tab's reloads open it. */
export function moveTab(id: string) {
  keepInTab(id);
  openName = clientKey(id);
  useStore.persist.setOptions({ name: openName });
}

// The checks a saved state goes through, and the list of saved clients, load only when something
// is saved: a visitor who opens a link with nothing saved never fetches them. Loaded before the
// store is made (a top-level await), so reading a saved state stays synchronous and no page ever
// draws before it is read.
// The migrations come with them: only a saved state needs them.
let checks: typeof Saved | null = hasSaved() ? await import('./saved-clients') : null;

/** Loads the checks a saved state goes through, if not loaded yet. */
export async function loadChecks(): Promise<void> {
  checks ??= await import('./saved-clients');
}

/** Reads the open client's entry in again (another tab wrote it, see tab-sync), loading its checks first. */
export async function readSaved(): Promise<void> {
  await loadChecks();
  await useStore.persist.rehydrate();
}

// The client this tab shows: the one it had open (its reloads keep it), else the one changed
// last (saved-clients moves the state of before version 6 into a client of its own first), else a new one.
function tabClient(): string | null {
  try {
    return sessionStorage.getItem(openKey);
  } catch {
    return null;
  }
}
const openId = tabClient() ?? checks?.lastChanged() ?? newClientId();
keepInTab(openId);
// The open client's key, also while the store is being made (its first reading happens then).
let openName = clientKey(openId);
let leaveAside = false;
/**
 * Leaves an entry that could not be read as it is: this tab goes on with a new, blank client
 * (nothing of the client open before moves into it).
 */
const leaveDamaged = () => useStore.getState().startClient();

const without = (list: Notice[], ...kinds: NoticeKind[]) => list.filter((n) => !kinds.includes(n.kind));
const withNotice = (list: Notice[], notice: Notice) => [...without(list, notice.kind), notice];

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
const noticeFor: Record<StorageProblem, () => Notice> = {
  unreadable: () => ({ kind: 'storageUnreadable' }),
  // Names the client whose changes stay unsaved.
  unavailable: () => ({ kind: 'storageUnavailable', name: ready ? useStore.getState().client.name : '' }),
  newer: () => ({ kind: 'storageNewer' }),
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
onStorageProblem((problem) => tell(noticeFor[problem]()));

const answer = (set: (fn: (s: StoreState) => Partial<StoreState>) => void, change: (a: Answers) => Answers) =>
  set((s) => {
    const answers = change(s.answers);
    return { answers, suggested: keptMarks(s.suggested, s.answers, answers) };
  });

export const useStore = create<StoreState>()(
  persist(
    (set) => ({
      ...structuredClone(initialPersisted),
      created: now(),
      id: openId,
      lang: readSavedLang(),
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
      // A link's sensitivity that differs from the saved one: its marks named the old answer, and
      // the importances stand as they are, so nothing is marked as suggested any more.
      noteSensitivity: (sensitivity) => set((s) => (s.sensitivity === sensitivity ? {} : { sensitivity, suggested: {} })),
      setChoice: (choice) => set({ choice }),
      markAnswered: () => set((s) => (s.answered ? {} : { answered: true })),
      applyLink: (answers, ignored, moreIgnored, sensitivity = null, left) =>
        set((s) => {
          const notices = without(s.notices, 'linkApplied', 'linkIgnored');
          if (sameAnswers(s.answers, answers)) {
            return { answered: true, notices: ignored.length ? [...notices, { kind: 'linkIgnored', ignored, moreIgnored, partial: true }] : notices };
          }
          return {
            answers,
            answered: true,
            sensitivity,
            suggested: {},
            notices: [...notices, { kind: 'linkApplied', ignored, moreIgnored, left }],
          };
        }),
      setLang: (lang) => {
        set({ lang });
        try {
          localStorage.setItem(langKey, lang);
        } catch {
          // the language still shows; it is chosen again next time
        }
      },
      setDataSet: (dataSet) => set({ dataSet }),
      setClient: (client) =>
        set((s) => ({
          client: {
            name: (client.name ?? s.client.name).slice(0, maxClientName),
            notes: (client.notes ?? s.client.notes).slice(0, maxNotes),
          },
        })),
      setExported: (exportedAt) => set({ exportedAt }),
      startClient: (from) => {
        const id = newClientId();
        moveTab(id);
        set({ ...structuredClone(initialPersisted), created: now(), ...from, id });
      },
      dismissNotice: (kind) => set((s) => ({ notices: without(s.notices, kind) })),
      addNotice: (notice) => set((s) => ({ notices: withNotice(s.notices, notice) })),
    }),
    {
      name: openName,
      version: storeVersion,
      storage,
      partialize: (s): PersistedState => clientPart(s),
      // Something was read, so the checks and their migrations are loaded (loadChecks).
      migrate: (persisted, version) => (checks ? checks.migrate(persisted, version) : persisted) as PersistedState,
      // Whatever was stored, of any version, is checked field by field before it is trusted.
      merge: (persisted, current) => {
        reading = true;
        const id = idOf(openName);
        // Nothing saved (or nothing readable, which storage has reported): the fresh state stands.
        if (persisted === undefined || !checks) return { ...current, id };
        const { state, dropped, unreadable } = checks.salvage(persisted);
        if (unreadable) tell({ kind: 'storageUnreadable' });
        else if (dropped.length) tell({ kind: 'storageRepaired', fields: dropped });
        return { ...current, ...state, id };
      },
      onRehydrateStorage: () => () => {
        reading = false;
        // An entry that could not be read stays as it is: this tab goes on with a new client.
        if (isAside(openName)) {
          if (ready) leaveDamaged();
          else leaveAside = true; // the store is still being made: moved right after
        }
        flush();
      },
    },
  ),
);

ready = true;
if (leaveAside) leaveDamaged();
flush();
