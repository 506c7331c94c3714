import { criterionIds, type Answers, type CriterionId, type Importance } from '../scoring/types';
import { isLang, type Lang } from '../i18n/languages';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from './limits';

/**
 * The share-link format. Answers travel as readable parameters named after the `Answers`
 * fields: `participants`, `hosting`, `budget`, `discontinued=1`, one parameter per criterion
 * with `must` or `nice`, and `lang=nl|en`. The app puts them in the fragment
 * (`/results#participants=50&hosting=cloud&lang=en`) so they never reach a server log or a
 * Referer header; a query string is read the same way.
 */

export type LinkProblem = 'unknownParam' | 'invalidValue' | 'outOfRange' | 'notWholeNumber' | 'duplicate';

export interface IgnoredParam {
  param: string;
  value: string;
  problem: LinkProblem;
}

export interface ParsedLink {
  /** The answers the link describes; fields it leaves out take `base`'s values. */
  answers: Answers;
  /** True when the link carries at least one valid answer parameter. */
  hasAnswers: boolean;
  lang: Lang | null;
  ignored: IgnoredParam[];
}

const hostings = ['self', 'either', 'cloud'] as const;
const budgets = ['free-only', 'free-preferred', 'paid-ok'] as const;
const importances = ['must', 'nice', 'ignore'] as const;

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Reads link parameters (from a fragment or a query string, with or without the leading # or ?). */
export function parseLink(raw: string, base: Answers): ParsedLink {
  const params = new URLSearchParams(raw.replace(/^[#?]/, ''));
  const answers: Answers = { ...base, importance: { ...base.importance } };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  let hasAnswers = false;
  let lang: Lang | null = null;

  for (const [param, value] of params) {
    if (seen.has(param)) {
      ignored.push({ param, value, problem: 'duplicate' });
      continue;
    }
    seen.add(param);
    const problem = applyParam(answers, param, value.trim(), (l) => (lang = l));
    if (problem) ignored.push({ param, value, problem });
    else if (param !== 'lang') hasAnswers = true;
  }
  return { answers, hasAnswers, lang, ignored };
}

function applyParam(answers: Answers, param: string, value: string, setLang: (l: Lang) => void): LinkProblem | null {
  switch (param) {
    case 'participants': {
      if (!/^\d+$/.test(value)) return /^-?\d*[.,]\d+$/.test(value) ? 'notWholeNumber' : 'invalidValue';
      const n = Number(value);
      if (n < MIN_PARTICIPANTS || n > MAX_PARTICIPANTS) return 'outOfRange';
      answers.participants = n;
      return null;
    }
    case 'hosting': {
      const h = oneOf(hostings, value);
      if (!h) return 'invalidValue';
      answers.hosting = h;
      return null;
    }
    case 'budget': {
      const b = oneOf(budgets, value);
      if (!b) return 'invalidValue';
      answers.budget = b;
      return null;
    }
    case 'discontinued': {
      if (value !== '1' && value !== '0') return 'invalidValue';
      answers.includeDiscontinued = value === '1';
      return null;
    }
    case 'lang': {
      if (!isLang(value)) return 'invalidValue';
      setLang(value);
      return null;
    }
    default: {
      const criterion = oneOf(criterionIds, param);
      if (!criterion) return 'unknownParam';
      const importance = oneOf(importances, value);
      if (!importance) return 'invalidValue';
      setImportance(answers, criterion, importance);
      return null;
    }
  }
}

function setImportance(answers: Answers, criterion: CriterionId, importance: Importance) {
  if (importance === 'ignore') delete answers.importance[criterion];
  else answers.importance[criterion] = importance;
}

/**
 * Writes answers as link parameters, in a fixed order, leaving out what is at its default
 * (criteria that don't matter, `discontinued=0`). `lang` is always included.
 * Example: `toLinkParams({ participants: 50, hosting: 'cloud', budget: 'free-only',
 * includeDiscontinued: false, importance: { e2e: 'must' } }, 'en')`
 * → `participants=50&hosting=cloud&budget=free-only&e2e=must&lang=en`.
 */
export function toLinkParams(answers: Answers, lang: Lang): string {
  const parts: string[] = [
    `participants=${answers.participants}`,
    `hosting=${answers.hosting}`,
    `budget=${answers.budget}`,
  ];
  if (answers.includeDiscontinued) parts.push('discontinued=1');
  for (const id of criterionIds) {
    const importance = answers.importance[id];
    if (importance === 'must' || importance === 'nice') parts.push(`${id}=${importance}`);
  }
  parts.push(`lang=${lang}`);
  return parts.join('&');
}
