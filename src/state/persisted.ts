import type { DataSet } from '../catalog/types';
import { defaultAnswers } from '../scoring/answers';
import type { Sensitivity } from '../scoring/sensitivity';
import type { Answers, CriterionId, Importance } from '../scoring/types';

/**
 * An importance the sensitivity answer raised and the user has not changed since: which answer
 * raised it, and the level it had before, so answering differently can put that level back.
 */
export interface Suggested {
  by: Sensitivity;
  from: Importance;
}

/**
 * What the store keeps of one client in localStorage, under the client's own key (`clientKey`).
 * Bump `storeVersion` whenever this shape changes, and add a step to `migrations` that turns the
 * previous version's shape into the new one.
 */
export interface PersistedState {
  answers: Answers;
  /** Which data the ranking uses: the report as published, or with its known changes. Not part of `Answers`. */
  dataSet: DataSet;
  /** The consultant's client name and notes for the printed memo; never leaves this browser. */
  client: { name: string; notes: string };
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
  /** When this client's entry was made (ISO date and time); null for the state moved from before version 6. */
  created: string | null;
  /** When this client was last exported as a file (ISO), so the printed memo and the file can be matched. */
  exportedAt: string | null;
}

export const storeVersion = 6;
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
  dataSet: 'current',
  client: { name: '', notes: '' },
  sensitivity: null,
  suggested: {},
  choice: null,
  answered: false,
  created: null,
  exportedAt: null,
};

/**
 * Whether a client holds nothing worth keeping: the default answers, no name, no notes. A link
 * opens into such a client rather than making a new one, and such a client is never written.
 */
export const isBlank = (s: Pick<PersistedState, 'answers' | 'client'>) => !s.client.name && !s.client.notes && sameAnswers(s.answers, initialAnswers);

/** The part of a state a client's entry holds (the store's other fields stay in memory). */
export function clientPart(s: PersistedState): PersistedState {
  const { answers, dataSet, client, sensitivity, suggested, choice, answered, created, exportedAt } = s;
  return { answers, dataSet, client, sensitivity, suggested, choice, answered, created, exportedAt };
}

/** A new client's id: the time, and a little chance, so two tabs never make the same one. */
export const newClientId = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
