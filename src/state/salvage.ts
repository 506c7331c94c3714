import { dataSets } from '../catalog/types';
import { sensitivities, type Sensitivity } from '../scoring/sensitivity';
import { budgets, criterionIds, hostings, importances } from '../scoring/types';
import type { Answers, CriterionId, Importance } from '../scoring/types';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from '../share/limits';
import type { FieldId } from './notices';
import { answeredBefore } from './migrations';
import { initialAnswers, initialPersisted, maxClientName, maxNotes } from './persisted';
import type { PersistedState, Suggested } from './persisted';

// Hand-written guards rather than valibot: this file ships with the first screen, and these
// few checks cost a fraction of what valibot adds there.
type Guard<T> = (value: unknown) => value is T;
const oneOf = <T extends string>(list: readonly T[]): Guard<T> =>
  (value): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
const isParticipants: Guard<number> = (value): value is number =>
  Number.isInteger(value) && (value as number) >= MIN_PARTICIPANTS && (value as number) <= MAX_PARTICIPANTS;
const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSensitivity = oneOf(sensitivities);
const orNull = <T>(guard: Guard<T>): Guard<T | null> => (value): value is T | null => value === null || guard(value);
/** A moment as the store writes it (an ISO date and time). */
export const isTime: Guard<string> = (value): value is string => typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value));
/** A tool id as the store keeps it: the check against the catalog happens where the choice is used. */
const isToolId: Guard<string> = (value): value is string => typeof value === 'string' && /^[a-z0-9-]{1,40}$/.test(value);

/** Collects the fields that could not be kept as they were, each once. */
class Dropped {
  readonly fields = new Set<FieldId>();
  add(field: FieldId) {
    this.fields.add(field);
  }
}

function pick<T>(guard: Guard<T>, value: unknown, fallback: T, field: FieldId, dropped: Dropped): T {
  if (value === undefined) return fallback;
  if (guard(value)) return value;
  dropped.add(field);
  return fallback;
}

/** Text up to `max` characters; longer text is cut there (and named), anything else reset. */
function text(value: unknown, max: number, field: FieldId, dropped: Dropped): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return dropped.add(field), '';
  if (value.length > max) return dropped.add(field), value.slice(0, max);
  return value;
}

function salvageAnswers(input: unknown, dropped: Dropped): Answers {
  if (!isRecord(input)) {
    if (input !== undefined) dropped.add('participants');
    return { ...initialAnswers, importance: {} };
  }
  const result: Answers = {
    participants: pick(isParticipants, input.participants, initialAnswers.participants, 'participants', dropped),
    hosting: pick(oneOf(hostings), input.hosting, initialAnswers.hosting, 'hosting', dropped),
    budget: pick(oneOf(budgets), input.budget, initialAnswers.budget, 'budget', dropped),
    includeDiscontinued: pick(isBoolean, input.includeDiscontinued, false, 'includeDiscontinued', dropped),
    importance: {},
  };
  const given = input.importance;
  if (isRecord(given)) {
    for (const [key, value] of Object.entries(given)) {
      const known = (criterionIds as readonly string[]).includes(key);
      const level: Importance = known ? pick(oneOf(importances), value, 'ignore', 'importance', dropped) : 'ignore';
      if (!known) dropped.add('importance');
      if (level !== 'ignore') result.importance[key as CriterionId] = level;
    }
  } else if (given !== undefined) {
    dropped.add('importance');
  }
  return result;
}

/**
 * The marks "suggested because…": kept only for a criterion whose importance is still one the
 * answer suggests (anything else means the memory no longer matches the answers).
 */
function salvageSuggested(input: unknown, answers: Answers, dropped: Dropped): PersistedState['suggested'] {
  if (input === undefined) return {};
  if (!isRecord(input)) return dropped.add('sensitivity'), {};
  const kept: PersistedState['suggested'] = {};
  for (const [key, value] of Object.entries(input)) {
    const ok = (criterionIds as readonly string[]).includes(key) && isRecord(value) && isSensitivity(value.by) &&
      oneOf(importances)(value.from) && answers.importance[key as CriterionId] !== undefined;
    if (ok) kept[key as CriterionId] = { by: value.by as Sensitivity, from: value.from as Suggested['from'] };
    else dropped.add('sensitivity');
  }
  return kept;
}

/**
 * Reads whatever was stored, field by field: every valid value is kept, every invalid one is
 * reset to its default (text that is too long is cut at its limit) and named in `dropped`, so a
 * tampered or damaged entry never crashes the app and never loses more than it must.
 *
 * @example salvage({ answers: { participants: -3 }, dataSet: 'current' }).dropped // ['participants']
 * @example salvage('garbage').unreadable // true
 */
export function salvage(input: unknown): { state: PersistedState; dropped: FieldId[]; unreadable: boolean } {
  const dropped = new Dropped();
  if (!isRecord(input)) {
    return { state: structuredClone(initialPersisted), dropped: [], unreadable: input !== undefined && input !== null };
  }
  const client = isRecord(input.client) ? input.client : {};
  if (input.client !== undefined && !isRecord(input.client)) dropped.add('clientNotes');
  const state: PersistedState = {
    answers: salvageAnswers(input.answers, dropped),
    // Saved answers stay on their own data set; a damaged value goes back to the report, the data
    // every saved state ranked on before the known changes became a new visitor's default.
    dataSet: pick(oneOf(dataSets), input.dataSet, 'report', 'dataSet', dropped),
    client: {
      name: text(client.name, maxClientName, 'clientName', dropped),
      notes: text(client.notes, maxNotes, 'clientNotes', dropped),
    },
    sensitivity: pick(orNull(isSensitivity), input.sensitivity, null, 'sensitivity', dropped),
    suggested: {},
    choice: pick(orNull(isToolId), input.choice, null, 'choice', dropped),
    // A state without the flag (a newer version's, say) counts as answered when it holds answers.
    answered: input.answered === undefined ? answeredBefore(input) : pick(isBoolean, input.answered, false, 'answered', dropped),
    created: pick(orNull(isTime), input.created, null, 'created', dropped),
    exportedAt: pick(orNull(isTime), input.exportedAt, null, 'exportedAt', dropped),
  };
  state.suggested = salvageSuggested(input.suggested, state.answers, dropped);
  return { state, dropped: [...dropped.fields], unreadable: false };
}
