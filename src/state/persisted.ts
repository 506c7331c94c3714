import type { DataSet } from '../catalog/types';
import { defaultAnswers } from '../scoring/answers';
import type { Sensitivity } from '../scoring/sensitivity';
import type { Answers, CriterionId, Importance } from '../scoring/types';
import { defaultLang, type Lang } from '../share/languages';

/** A set of answers a shared link replaced, kept so it can be restored. */
export interface ReplacedAnswers {
  answers: Answers;
  /** When the link replaced them (ISO date and time); null for sets kept by version 1, which had no time. */
  replacedAt: string | null;
  /** How sensitive the calls were said to be with these answers; null when not answered (or kept before version 4). */
  sensitivity: Sensitivity | null;
}

/**
 * An importance the sensitivity answer raised and the user has not changed since: which answer
 * raised it, and the level it had before, so answering differently can put that level back.
 */
export interface Suggested {
  by: Sensitivity;
  from: Importance;
}

/**
 * What the store keeps in localStorage. Bump `storeVersion` whenever this shape changes, and add
 * a step to `migrations` that turns the previous version's shape into the new one.
 */
export interface PersistedState {
  answers: Answers;
  lang: Lang;
  /** Which data the ranking uses: the report as published, or with its known changes. Not part of `Answers`. */
  dataSet: DataSet;
  /** The consultant's client name and notes for the printed memo; never leaves this browser. */
  client: { name: string; notes: string };
  /** The last sets of answers that shared links replaced, newest first. */
  history: ReplacedAnswers[];
  /** How sensitive the calls usually are; null until the question is answered. Not part of `Answers`. */
  sensitivity: Sensitivity | null;
  /** The importances the sensitivity answer raised, until the user changes them (the pages mark them). */
  suggested: Partial<Record<CriterionId, Suggested>>;
  /** The tool the user marked as chosen; null until one is marked (no tool is chosen by default). */
  choice: string | null;
  /**
   * Whether any answers were given: a question page submitted or a link with answers applied.
   * Until then the results page ranks nothing and invites the user to answer.
   */
  answered: boolean;
}

export const storeVersion = 5;

/** How many replaced sets of answers are kept. */
export const maxHistory = 3;
/** The memo must stay short: at most this many characters of notes, and of the client's name. */
export const maxNotes = 1000;
export const maxClientName = 100;

export const initialAnswers: Answers = { ...defaultAnswers, importance: {} };

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

/**
 * A first visit: nothing answered, and the report with its known changes, the data that speaks
 * of today. Answers saved earlier stay on whichever data set they were saved with (`migrations`).
 */
export const initialPersisted: PersistedState = {
  answers: initialAnswers,
  lang: defaultLang,
  dataSet: 'current',
  client: { name: '', notes: '' },
  history: [],
  sensitivity: null,
  suggested: {},
  choice: null,
  answered: false,
};

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One step per version: `migrations[v]` turns version v's stored state into version v + 1's.
 * What comes out is still checked field by field (`salvage`), so a step only moves fields.
 */
export const migrations: Record<number, (state: Raw) => Raw> = {
  // 1 → 2: the one replaced set (`previous`) becomes the start of a history of up to three.
  1: ({ previous, ...rest }) => ({ ...rest, history: previous ? [{ answers: previous, replacedAt: null }] : [] }),
  // 2 → 3: the choice of data set arrives; everything saved before ranked on the report.
  2: (state) => ({ ...state, dataSet: 'report' }),
  // 3 → 4: the sensitivity question arrives, unanswered, so no importance came from it yet; and
  // "our choice" for the memo, which was always the first eligible tool.
  3: ({ history, ...rest }) => ({
    ...rest,
    sensitivity: null,
    suggested: {},
    choice: null,
    history: Array.isArray(history) ? history.map((h: unknown) => (isRecord(h) ? { ...h, sensitivity: null } : h)) : history,
  }),
  // 4 → 5: whether anything was answered, which earlier versions did not keep (see answeredBefore).
  4: (state) => ({ ...state, answered: answeredBefore(state) }),
};

/**
 * Whether a saved state that does not say so had answers: answers other than the defaults, or a
 * sensitivity, mean some were given; the defaults alone are taken as none. For states saved before
 * version 5, and a newer version's state without the field.
 */
export function answeredBefore(state: Record<string, unknown>): boolean {
  return state.sensitivity != null || (isRecord(state.answers) && !sameAnswers({ ...initialAnswers, ...state.answers } as Answers, initialAnswers));
}

/**
 * Brings a stored state of an older version up to `storeVersion`. Newer versions are not
 * handled here: they are read as they are, and never written back (see `storage.ts`).
 * @example migrate({ answers, previous: null }, 1) // { answers, history: [] }
 */
export function migrate(state: unknown, version: number): unknown {
  let out = state;
  for (let v = version; v < storeVersion; v++) {
    const step = migrations[v];
    if (step && isRecord(out)) out = step(out);
  }
  return out;
}
