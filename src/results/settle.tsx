import type { Catalog } from '../catalog/types';
import { FirmnessText, useFirmness } from '../components/firmness-text';
import type { Ranking } from '../components/use-ranking';
import type { Answers } from '../scoring/types';
import { TiebreakBlock } from './tiebreak-block';

export interface SettleProps {
  answers: Answers;
  catalog: Catalog;
  ranking: Ranking;
}

/** A lone leader's margin, and the single answer change that would bring another tool level or ahead. */
function FirmnessLine({ answers, catalog }: Omit<SettleProps, 'ranking'>) {
  const firm = useFirmness(answers, catalog);
  if (firm.kind !== 'lead') return null;
  return <p className="results__firmness" data-firmness={firm.change ? 'change' : 'firm'}><FirmnessText firmness={firm} catalog={catalog} /></p>;
}

/**
 * What settles the top, right under the summary: what sets tied tools apart (the tiebreak block),
 * or how firm a lone leader is. Its code, its texts (`settle`) and the work it does (ranking the
 * answers once per possible change) come once the first screen is up: see ResultsTop.
 */
export function Settle({ answers, catalog, ranking }: SettleProps) {
  if (ranking.top.length > 1) return <TiebreakBlock answers={answers} catalog={catalog} tied={ranking.top} ranked={ranking.results} />;
  return ranking.top.length ? <FirmnessLine answers={answers} catalog={catalog} /> : null;
}
