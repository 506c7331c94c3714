import { useDeferredValue, useMemo } from 'react';
import { reportCatalog } from '../catalog/report';
import type { Catalog } from '../catalog/types';
import { rank } from '../scoring/rank';
import type { Answers, ToolResult } from '../scoring/types';
import { useStore } from '../state/store';

export interface Ranking {
  results: ToolResult[];
  eligible: ToolResult[];
  ineligible: ToolResult[];
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

/** The ranking of the answers on a catalog (the report's unless told); derived, never stored. */
export function useRanking(answers: Answers, catalog: Catalog = reportCatalog): Ranking {
  return useMemo(() => {
    const results = rank(catalog, answers);
    return { results, eligible: results.filter((r) => r.eligible), ineligible: results.filter((r) => !r.eligible) };
  }, [answers, catalog]);
}
