import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { latestUpdate } from '../catalog/latest-update';
import { getTool } from '../catalog/report';
import type { DataSet } from '../catalog/types';
import { useCatalog } from '../components/use-catalog';
import { rankingOf } from '../components/use-ranking';
import { useFormats } from '../i18n/format';
import type { Answers, ToolResult } from '../scoring/types';

export interface OtherDataProps {
  answers: Answers;
  /** The tools at the top on the data that ranked. */
  top: readonly ToolResult[];
  /** The data that ranked; this ranks on the other. */
  dataSet: DataSet;
}

/**
 * Who leads when the other data set ranks the same answers: said in the data line when
 * the other data set puts other tools at the top. On the report's data it waits for the known
 * changes (`useCatalog`).
 */
export function OtherData({ answers, top, dataSet }: OtherDataProps) {
  const { t, i18n } = useTranslation('settle');
  const { date, list } = useFormats();
  const otherSet: DataSet = dataSet === 'report' ? 'current' : 'report';
  // The other data set with the same own tools, if any: only the data set differs.
  const other = useCatalog(otherSet);
  const theirs = useMemo(() => rankingOf(other, answers).top, [other, answers]);
  const ids = (rs: readonly ToolResult[]) => rs.map((r) => r.toolId).sort().join();
  if (!top.length || !theirs.length || ids(theirs) === ids(top)) return null;
  return (
    <span className="results__other-data" data-other-top={theirs.map((r) => r.toolId).join(' ')}>
      {t(theirs.length > 1 ? `otherShared.${otherSet}` : `otherFirst.${otherSet}`, {
        // With own tools on both sides, the line says so: the report alone never had them. (Their
        // words are loaded with them; asking for them here would load them for everyone.)
        tools: `${list(theirs.map((r) => getTool(other, r.toolId)?.name ?? r.toolId))}${other.own ? ` ${i18n.t('own:top.sameOwn')}` : ''}`, date: date(latestUpdate),
      })}{' '}
    </span>
  );
}
