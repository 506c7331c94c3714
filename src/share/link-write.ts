import type { DataSet } from '../catalog/types';
import type { Sensitivity } from '../scoring/sensitivity';
import { criterionIds, type Answers } from '../scoring/types';
import type { Lang } from './languages';
import { paths } from './routes';

/*
 * Writing links, in the share-link format that link.ts describes and reads. Apart from the
 * reading, because a link's first screen reads one and writes none: the address bar and the share
 * panel that write links load once that screen is up.
 */

/** What a link carries beside the answers and the language. */
export interface LinkExtras {
  dataSet?: DataSet;
  sensitivity?: Sensitivity | null;
  choice?: string | null;
  /** The `own=` part (own-part.ts), when the ranking includes own tools. */
  own?: string | null;
}

/**
 * Writes answers as link parameters, in a fixed order, leaving out what is at its default
 * (criteria that don't matter, `discontinued=0`, an unanswered sensitivity, no choice). The data
 * set is always named (the report when not told), and `lang` is always included, last. The third
 * argument may be the data set alone.
 * @example
 * toLinkParams({ participants: 50, hosting: 'cloud', budget: 'free-only', includeDiscontinued: false, importance: { e2e: 'must' } }, 'en', 'current')
 * // 'participants=50&hosting=cloud&budget=free-only&e2e=must&data=current&lang=en'
 * @example toLinkParams(answers, 'nl', { sensitivity: 'special', choice: 'signal' }) // '…&sensitivity=special&choice=signal&lang=nl'
 */
export function toLinkParams(answers: Answers, lang: Lang, extras: DataSet | LinkExtras = {}): string {
  const { dataSet = 'report', sensitivity = null, choice = null, own = null } = typeof extras === 'string' ? { dataSet: extras } : extras;
  const parts: string[] = [`participants=${answers.participants}`, `hosting=${answers.hosting}`, `budget=${answers.budget}`];
  if (answers.includeDiscontinued) parts.push('discontinued=1');
  for (const id of criterionIds) {
    const importance = answers.importance[id];
    if (importance === 'must' || importance === 'nice') parts.push(`${id}=${importance}`);
  }
  parts.push(`data=${dataSet}`);
  if (sensitivity) parts.push(`sensitivity=${sensitivity}`);
  if (choice) parts.push(`choice=${encodeURIComponent(choice)}`);
  if (own) parts.push(`own=${own}`);
  parts.push(`lang=${lang}`);
  return parts.join('&');
}

/**
 * The absolute address of a results link, e.g. https://example.org/results#participants=10&…&lang=nl.
 * @example resultsUrl('https://example.org', '#lang=nl') // 'https://example.org/results#lang=nl'
 */
export function resultsUrl(origin: string, hash: string): string {
  return new URL(`${paths.results}${hash}`, origin).href;
}
