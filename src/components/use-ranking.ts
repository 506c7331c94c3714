import { useMemo } from 'react';
import { reportCatalog } from '../catalog';
import { rank, relaxations } from '../scoring';
import type { RelaxationReport, ToolResult } from '../scoring/types';
import { useStore } from '../state/store';

/** The ranking of the stored answers; derived, never stored. */
export function useRanking(): { results: ToolResult[]; eligible: ToolResult[]; ineligible: ToolResult[] } {
  const answers = useStore((s) => s.answers);
  return useMemo(() => {
    const results = rank(reportCatalog, answers);
    return { results, eligible: results.filter((r) => r.eligible), ineligible: results.filter((r) => !r.eligible) };
  }, [answers]);
}

/** The loosenings of the stored answers that would admit more tools. */
export function useRelaxations(): RelaxationReport {
  const answers = useStore((s) => s.answers);
  return useMemo(() => relaxations(reportCatalog, answers), [answers]);
}
