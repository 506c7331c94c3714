import { criterionIds, type Answers, type CriterionId, type Importance } from '../scoring/types';
import { defaultLang, languages, type Lang } from '../i18n/languages';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from '../share/limits';

/** What the store keeps in localStorage. Bump `storeVersion` whenever this shape changes. */
export interface PersistedState {
  answers: Answers;
  lang: Lang;
  /** The consultant's client name and notes for the printed memo; never leaves this browser. */
  client: { name: string; notes: string };
  /** Answers a shared link replaced, so the user can restore them. */
  previous: Answers | null;
}

export const storeVersion = 1;

export const initialAnswers: Answers = {
  participants: 10,
  hosting: 'either',
  budget: 'paid-ok',
  includeDiscontinued: false,
  importance: {},
};

export const initialPersisted: PersistedState = {
  answers: initialAnswers,
  lang: defaultLang,
  client: { name: '', notes: '' },
  previous: null,
};

// Hand-written guards rather than valibot: this file ships with the first screen, and these
// few checks cost a fraction of the 2.6 KB (gzipped) that valibot adds there.
type Guard<T> = (value: unknown) => value is T;
const oneOf = <T extends string>(list: readonly T[]): Guard<T> =>
  (value): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
const isParticipants: Guard<number> = (value): value is number =>
  Number.isInteger(value) && (value as number) >= MIN_PARTICIPANTS && (value as number) <= MAX_PARTICIPANTS;
const isHosting = oneOf(['self', 'either', 'cloud'] as const);
const isBudget = oneOf(['free-only', 'free-preferred', 'paid-ok'] as const);
const isImportance = oneOf(['must', 'nice', 'ignore'] as const);
const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';
const isText: Guard<string> = (value): value is string => typeof value === 'string' && value.length <= 5000;

function pick<T>(guard: Guard<T>, value: unknown, fallback: T, path: string, dropped: string[]): T {
  if (value === undefined) return fallback;
  if (guard(value)) return value;
  dropped.push(path);
  return fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function salvageAnswers(input: unknown, path: string, dropped: string[]): Answers {
  if (!isRecord(input)) {
    if (input !== undefined) dropped.push(path);
    return { ...initialAnswers, importance: {} };
  }
  const result: Answers = {
    participants: pick(isParticipants, input.participants, initialAnswers.participants, `${path}.participants`, dropped),
    hosting: pick(isHosting, input.hosting, initialAnswers.hosting, `${path}.hosting`, dropped),
    budget: pick(isBudget, input.budget, initialAnswers.budget, `${path}.budget`, dropped),
    includeDiscontinued: pick(isBoolean, input.includeDiscontinued, false, `${path}.includeDiscontinued`, dropped),
    importance: {},
  };
  const given = input.importance;
  if (isRecord(given)) {
    for (const [key, value] of Object.entries(given)) {
      if (!(criterionIds as readonly string[]).includes(key)) {
        dropped.push(`${path}.importance.${key}`);
        continue;
      }
      const level: Importance = pick(isImportance, value, 'ignore', `${path}.importance.${key}`, dropped);
      if (level !== 'ignore') result.importance[key as CriterionId] = level;
    }
  } else if (given !== undefined) {
    dropped.push(`${path}.importance`);
  }
  return result;
}

/**
 * Reads whatever was stored, field by field: every valid value is kept, every invalid one is
 * reset to its default and named in `dropped`. There is only one stored format so far; an older
 * or newer version goes through the same path, so a tampered or outdated entry never crashes the app.
 */
export function salvage(input: unknown): { state: PersistedState; dropped: string[] } {
  const dropped: string[] = [];
  if (!isRecord(input)) {
    return { state: structuredClone(initialPersisted), dropped: input === undefined || input === null ? [] : ['state'] };
  }
  const client = isRecord(input.client) ? input.client : {};
  const state: PersistedState = {
    answers: salvageAnswers(input.answers, 'answers', dropped),
    lang: pick(oneOf(languages), input.lang, defaultLang, 'lang', dropped),
    client: {
      name: pick(isText, client.name, '', 'client.name', dropped),
      notes: pick(isText, client.notes, '', 'client.notes', dropped),
    },
    previous: input.previous == null ? null : salvageAnswers(input.previous, 'previous', dropped),
  };
  return { state, dropped };
}
