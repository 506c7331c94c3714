import type { DataSet } from '../catalog/types';
import { defaultAnswers } from '../scoring/answers';
import type { Answers } from '../scoring/types';
import { defaultLang, type Lang } from '../share/languages';

/** A set of answers a shared link replaced, kept so it can be restored. */
export interface ReplacedAnswers {
  answers: Answers;
  /** When the link replaced them (ISO date and time); null for sets kept by version 1, which had no time. */
  replacedAt: string | null;
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
}

export const storeVersion = 3;

/** How many replaced sets of answers are kept. */
export const maxHistory = 3;
/** The memo must stay short: at most this many characters of notes, and of the client's name. */
export const maxNotes = 1000;
export const maxClientName = 100;

export const initialAnswers: Answers = { ...defaultAnswers, importance: {} };

export const initialPersisted: PersistedState = {
  answers: initialAnswers,
  lang: defaultLang,
  dataSet: 'report',
  client: { name: '', notes: '' },
  history: [],
};

type Raw = Record<string, unknown>;

/**
 * One step per version: `migrations[v]` turns version v's stored state into version v + 1's.
 * What comes out is still checked field by field (`salvage`), so a step only moves fields.
 */
export const migrations: Record<number, (state: Raw) => Raw> = {
  // 1 → 2: the one replaced set (`previous`) becomes the start of a history of up to three.
  1: ({ previous, ...rest }) => ({ ...rest, history: previous ? [{ answers: previous, replacedAt: null }] : [] }),
  // 2 → 3: the choice of data set arrives; everything saved before ranked on the report.
  2: (state) => ({ ...state, dataSet: 'report' }),
};

/**
 * Brings a stored state of an older version up to `storeVersion`. Newer versions are not
 * handled here: they are read as they are, and never written back (see `storage.ts`).
 * @example migrate({ answers, previous: null }, 1) // { answers, history: [] }
 */
export function migrate(state: unknown, version: number): unknown {
  let out = state;
  for (let v = version; v < storeVersion; v++) {
    const step = migrations[v];
    if (step && typeof out === 'object' && out !== null && !Array.isArray(out)) out = step(out as Raw);
  }
  return out;
}
