import { dataSets, type AnyToolId, type DataSet } from '../catalog/types';
import { sensitivities, type Sensitivity } from '../scoring/sensitivity';
import { budgets, criterionIds, hostings, importances } from '../scoring/types';
import type { Answers, CriterionId } from '../scoring/types';
import { isLang, type Lang } from './languages';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from './limits';
import { maxOwnPartLength } from './own-part-limit';

/**
 * The share-link format. Answers travel as readable parameters named after the `Answers`
 * fields: `participants`, `hosting`, `budget`, `discontinued=1`, one parameter per criterion
 * with `must` or `nice`, `data=current|report` for the data the ranking uses (the app always
 * writes it; a link without `data`, made before the report with its changes was the default, keeps
 * its old meaning: the report as published), `sensitivity=everyday|confidential|special`
 * once that question has been answered, `choice=<tool id>` for the tool marked as chosen (one of
 * the report's, or an own tool's), `own=<own catalog>` when the ranking includes own tools (see
 * own-part.ts; up to `maxOwnPartLength` characters of its own, beside the link's cap), and
 * `lang=nl|en`. Neither `data`, `sensitivity`, `choice` nor `lang` counts as an answer: a link
 * with only those keeps the saved answers. The app puts them in the fragment
 * (`/results#participants=50&hosting=cloud&lang=en`) so they never reach a server log or a
 * Referer header; a query string is read the same way.
 */

export type LinkProblem = 'unknownParam' | 'invalidValue' | 'outOfRange' | 'notWholeNumber' | 'duplicate' | 'tooLong';

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
  /**
   * The data set the link names; a bad value names the report. Null when the link has no `data`:
   * a link with answers then means the report, and a link without keeps the saved choice.
   */
  dataSet: DataSet | null;
  /**
   * How sensitive the calls are, as the link says; null when it does not say (or says it badly).
   * It never raises importances again: the link carries those itself.
   */
  sensitivity: Sensitivity | null;
  /** The tool marked as chosen; null when the link names none, or no possible tool id. Whether that tool is there is the ranking's to say. */
  choice: AnyToolId | null;
  /** The `own=` part, still encoded (decoding it is asynchronous: own-part.ts); null when there is none. */
  own: string | null;
  /** The first `maxIgnoredListed` parameters that were not used, names and values cut short. */
  ignored: IgnoredParam[];
  /** How many more were not used beyond those listed. */
  moreIgnored: number;
}

/** A link is read up to this many characters; anything after it is ignored, and said so. */
export const maxLinkLength = 4096;
/** A notice lists this many ignored parameters at most, then "and N more". */
export const maxIgnoredListed = 5;
const maxShown = 40;

const cut = (s: string) => (s.length > maxShown ? `${s.slice(0, maxShown)}…` : s);
const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * Reads link parameters (from a fragment or a query string, with or without the leading # or ?).
 * @example parseLink('#participants=50&e2e=must&lang=en', defaultAnswers).answers.participants // 50
 */
export function parseLink(raw: string, base: Answers): ParsedLink {
  // The own part has a cap of its own: set apart before the link's is applied. A link without
  // one is read as written.
  const written = raw.replace(/^[#?]/, '');
  const params = new URLSearchParams(written);
  const ownParts = params.getAll('own');
  params.delete('own');
  const own = ownParts.length === 1 && ownParts[0]!.length <= maxOwnPartLength ? ownParts[0]! : null;
  const body = ownParts.length ? params.toString() : written;
  const tooLong = body.length > maxLinkLength;
  // Cut at the last whole parameter before the limit, so no value is read half.
  const read = tooLong ? body.slice(0, body.lastIndexOf('&', maxLinkLength) + 1 || maxLinkLength) : body;
  const answers: Answers = { ...base, importance: { ...base.importance } };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  let hasAnswers = false;
  let lang: Lang | null = null;
  let dataSet: DataSet | null = null;
  let sensitivity: Sensitivity | null = null;
  let choice: AnyToolId | null = null;

  for (const [param, value] of new URLSearchParams(read)) {
    let problem: LinkProblem | null;
    if (seen.has(param)) problem = 'duplicate';
    else {
      seen.add(param);
      if (param === 'data') {
        dataSet = oneOf(dataSets, value.trim()) ?? 'report';
        problem = dataSet === value.trim() ? null : 'invalidValue';
      } else if (param === 'sensitivity') {
        sensitivity = oneOf(sensitivities, value.trim()) ?? null;
        problem = sensitivity ? null : 'invalidValue';
      } else if (param === 'choice') {
        choice = /^[a-z0-9-]{1,40}$/.test(value.trim()) ? value.trim() : null;
        problem = choice ? null : 'invalidValue';
      } else {
        problem = applyParam(answers, param, value.trim(), (l) => (lang = l));
        if (!problem && param !== 'lang') hasAnswers = true;
      }
    }
    if (problem) ignored.push({ param: cut(param), value: cut(value), problem });
  }
  if (tooLong) ignored.push({ param: '…', value: cut(body.slice(read.length)), problem: 'tooLong' });
  if (ownParts.length > 1) ignored.push({ param: 'own', value: cut(ownParts[1]!), problem: 'duplicate' });
  else if (ownParts.length && own === null) ignored.push({ param: 'own', value: cut(ownParts[0]!), problem: 'tooLong' });
  return { answers, hasAnswers, lang, dataSet, sensitivity, choice, own, ignored: ignored.slice(0, maxIgnoredListed), moreIgnored: Math.max(0, ignored.length - maxIgnoredListed) };
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
      // Read whatever its case: a link typed or passed on by hand may say lang=EN.
      const lang = value.toLowerCase();
      if (!isLang(lang)) return 'invalidValue';
      setLang(lang);
      return null;
    }
    default: {
      const criterion = oneOf(criterionIds, param) as CriterionId | undefined;
      if (!criterion) return 'unknownParam';
      const importance = oneOf(importances, value);
      if (!importance) return 'invalidValue';
      if (importance === 'ignore') delete answers.importance[criterion];
      else answers.importance[criterion] = importance;
      return null;
    }
  }
}
