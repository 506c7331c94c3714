import type { Answers } from '../scoring/types';
import { initialAnswers, sameAnswers, storeVersion } from './persisted';

// Loaded with the checks of a saved state (saved-clients.ts), never with a first screen that has nothing saved.

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
  // 5 → 6: one entry per client. The browser's one state becomes its first client; its language
  // moves to a key of its own (see moveOld in clients.ts), and the replaced sets leave: opening a
  // link now makes a new client instead of replacing the open one's answers.
  5: ({ history: _history, lang: _lang, ...rest }) => ({ ...rest, created: null, exportedAt: null }),
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

