import { useMemo } from 'react';
import { reportCatalog } from '../catalog';
import { rank, relaxations } from '../scoring';
import { useStore } from '../wizard/store';

/** The ranking and the possible loosenings for the stored answers; derived, never stored. */
export function useRanking() {
  const answers = useStore((s) => s.answers);
  const results = useMemo(() => rank(reportCatalog, answers), [answers]);
  const relax = useMemo(() => relaxations(reportCatalog, answers), [answers]);
  const eligible = useMemo(() => results.filter((r) => r.eligible), [results]);
  const ineligible = useMemo(() => results.filter((r) => !r.eligible), [results]);
  return { answers, results, relax, eligible, ineligible };
}
