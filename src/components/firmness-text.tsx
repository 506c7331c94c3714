import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool } from '../catalog/report';
import type { Catalog } from '../catalog/types';
import { useFormats } from '../i18n/format';
import { firmness, type Firmness, type FirmnessChange } from '../scoring/firmness';
import type { Answers } from '../scoring/types';
import { rankingOf } from './use-ranking';

/** How firm the top of this ranking is (a tie, or how far the leader leads and what would change it). */
export function useFirmness(answers: Answers, catalog: Catalog): Firmness {
  return useMemo(() => firmness(catalog, answers, rankingOf(catalog, answers).results), [answers, catalog]);
}

type Loose = (key: string, options?: Record<string, unknown>) => string;
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A firmness change in words, to begin a sentence: "Making ‘Open source’ must have instead of nice to have". */
function changeText(t: Loose, change: FirmnessChange, number: (n: number) => string): string {
  switch (change.kind) {
    case 'importance':
      return t('settle:change.importance', {
        criterion: t(`results:criteria.${change.criterion}`), to: lower(t(`results:importance.${change.to}`)),
      });
    case 'budget': return t('settle:change.budget', { to: t(`results:budget.${change.to}`) });
    case 'hosting': return t('settle:change.hosting', { to: t(`results:hosting.${change.to}`) });
    case 'participants': return t('settle:change.participants', { to: number(change.to), from: number(change.from) });
  }
}

/**
 * How firm the top is, in one or two sentences: a tie ("Tied with …", for the memo), or how far a
 * lone leader leads and which single change of answer would bring another tool level or ahead.
 */
export function FirmnessText({ firmness, catalog, tiedWith = false }: { firmness: Firmness; catalog: Catalog; tiedWith?: boolean }) {
  const { t } = useTranslation(['settle', 'results']);
  const { list, number } = useFormats();
  const loose = t as unknown as Loose;
  const names = (ids: readonly string[]) => list(ids.map((id) => getTool(catalog, id)?.name ?? id));
  if (firmness.kind === 'none') return null;
  if (firmness.kind === 'tie') return tiedWith ? <>{t('tiedWith', { tools: names(firmness.tools) })}</> : null;
  const tool = names([firmness.leader]);
  const lead = firmness.lead === null ? t('leadAlone', { tool }) : firmness.lead === 0 ? t('leadUnknowns', { tool }) : t('ahead', { tool, count: firmness.lead });
  let then: string = t('firm');
  if (firmness.change) {
    const others = firmness.top.filter((id) => id !== firmness.leader);
    then = t(firmness.top.includes(firmness.leader) ? 'wouldJoin' : 'wouldTop', { change: changeText(loose, firmness.change, number), tools: names(others), count: others.length });
  }
  return <>{lead} {then}</>;
}
