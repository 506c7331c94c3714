import { useDeferredValue, useMemo } from 'react';
import { reportCatalog } from '../catalog/report';
import type { Catalog } from '../catalog/types';
import { rank } from '../scoring/rank';
import { places } from '../scoring/standing';
import type { Answers, ToolResult } from '../scoring/types';
import { useStore } from '../state/store';

export interface Ranking {
  results: ToolResult[];
  eligible: ToolResult[];
  ineligible: ToolResult[];
  /** Each eligible result's place, shared in a tie (1, 1, 1, 4), in `eligible`'s order. */
  places: number[];
  /** The tools that share the first place. */
  top: ToolResult[];
}

/**
 * The stored answers; with `deferred`, React may draw the control that changed them first and
 * the ranking that follows from them right after, so a click never waits for the whole page.
 */
export function useAnswers(deferred = false): Answers {
  const answers = useStore((s) => s.answers);
  const later = useDeferredValue(answers);
  return deferred ? later : answers;
}

/**
 * The ranking of `answers` on `catalog`, with each tool's place. Derived, never stored; the last
 * one is kept outside React, so the parts of a page that show it (the top, the cards, the memo)
 * rank once per change between them.
 */
export function rankingOf(catalog: Catalog, answers: Answers): Ranking {
  if (last?.catalog === catalog && last.answers === answers) return last.ranking;
  const results = rank(catalog, answers);
  const eligible = results.filter((r) => r.eligible);
  const at = places(results).filter((p): p is number => p !== null);
  const ranking = { results, eligible, ineligible: results.filter((r) => !r.eligible), places: at, top: eligible.filter((_, i) => at[i] === 1) };
  last = { catalog, answers, ranking };
  return ranking;
}
let last: { catalog: Catalog; answers: Answers; ranking: Ranking } | null = null;

/** The ranking of the answers on a catalog (the report's unless told). */
export function useRanking(answers: Answers, catalog: Catalog = reportCatalog): Ranking {
  return useMemo(() => rankingOf(catalog, answers), [answers, catalog]);
}
