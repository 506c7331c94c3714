import { useTranslation } from 'react-i18next';
import { getTool } from '../catalog/report';
import type { Catalog } from '../catalog/types';
import { StatusIcon } from '../components/icons';
import { markOf, type MarkKind } from '../components/mark';
import { CellChangeMarker, SourceNote } from '../components/source-note';
import { sourceAttr, useReasonText } from '../components/verdict-item';
import type { Answers, ToolResult, VerdictCriterion } from '../scoring/types';
import { verdictOrder } from '../scoring/types';
import { useFormats } from '../i18n/format';

const legend: MarkKind[] = ['met', 'conditional', 'unmet', 'unknown', 'na'];

/** The points the client weighs (not the gates every tool that fits passes), in the report's order. */
const weighedCriteria = (eligible: readonly ToolResult[]): VerdictCriterion[] =>
  verdictOrder.filter((c) => c !== 'participants' && c !== 'availability' && eligible[0]?.verdicts.some((v) => v.criterion === c && v.importance !== 'ignore'));

/** The tools that fit against the points the client weighs, as marks with a legend. */
export function MemoMatrix({ eligible, catalog }: { eligible: readonly ToolResult[]; answers: Answers; catalog: Catalog }) {
  const { t } = useTranslation(['memo', 'results']);
  const { date, list } = useFormats();
  if (!eligible.length) return null;
  const criteria = weighedCriteria(eligible);
  // Each change a verdict in the matrix rests on, cited once per tool under the legend.
  const changed = new Map<string, { toolId: string; updateId: string; criteria: VerdictCriterion[] }>();
  for (const r of eligible) {
    for (const v of r.verdicts) {
      if (!criteria.includes(v.criterion) || v.source?.kind !== 'update') continue;
      const key = `${r.toolId}|${v.source.id}`;
      const entry = changed.get(key) ?? { toolId: r.toolId, updateId: v.source.id, criteria: [] };
      entry.criteria.push(v.criterion);
      changed.set(key, entry);
    }
  }
  return (
    <section className="memo__block memo__matrix">
      <h2>{t('memo:matrixTitle')}</h2>
      {criteria.length === 0 ? <p>{t('memo:matrixNone')}</p> : (
        <>
          {/* Past five tools the names stand upright, so ten columns still fit the page's width. */}
          <table className={eligible.length > 5 ? 'memo-matrix memo-matrix--many' : 'memo-matrix'}>
            <thead>
              <tr>
                <th scope="col">{t('memo:matrixCorner')}</th>
                {eligible.map((r) => {
                  const tool = getTool(catalog, r.toolId)!;
                  return (
                    <th scope="col" key={r.toolId} data-discontinued={tool.endOfSupport?.date}>
                      {tool.name}
                      {tool.endOfSupport ? (
                        <>
                          {' '}<StatusIcon status="warning" />
                          <span className="visually-hidden">{t('memo:endedShort')}</span>
                        </>
                      ) : null}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => (
                <tr key={c}>
                  <th scope="row">
                    {t(`results:criteria.${c}`)} <span className="memo-matrix__weight">({t(`results:importance.${eligible[0]!.verdicts.find((v) => v.criterion === c)!.importance}`)})</span>
                  </th>
                  {eligible.map((r) => {
                    const verdict = r.verdicts.find((v) => v.criterion === c)!;
                    const kind = markOf(verdict);
                    return (
                      <td key={r.toolId} className={`memo-matrix__mark memo-matrix__mark--${kind}`} data-criterion={c} data-source={sourceAttr(verdict)}>
                        <StatusIcon status={kind} />
                        <span className="visually-hidden">{t(`results:status.${kind}`)}</span>
                        {/* A verdict from a change since the report: its marker, as the legend explains. */}
                        {verdict.source?.kind === 'update' ? (
                          <span className="memo-matrix__changed" data-changed-marker data-update-id={verdict.source.id}>
                            <StatusIcon status="clock" /><span className="visually-hidden">{t('memo:changedMark')}</span>
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="memo-matrix__legend">
            {legend.map((kind) => (
              <span key={kind}><StatusIcon status={kind} /> {t(`results:status.${kind}`)}</span>
            ))}
            {changed.size ? (
              // One run of text: the memo has two pages.
              <span className="memo-matrix__changes">
                <StatusIcon status="clock" /> {t('memo:changedMark')}{' '}
                {[...changed.values()].map(({ toolId, updateId, criteria: rows }, i) => (
                  <span key={`${toolId}-${updateId}`}>
                    {i ? '; ' : null}
                    {getTool(catalog, toolId)!.name} ({list(rows.map((c) => t(`results:criteria.${c}`)))}): <CellChangeMarker id={updateId} short />
                  </span>
                ))}
              </span>
            ) : null}
            {/* Each tool past its end of support, with the date, as on the cards. */}
            {eligible.map((r) => getTool(catalog, r.toolId)!).filter((tool) => tool.endOfSupport).map((tool) => (
              <span key={tool.id} data-discontinued={tool.endOfSupport!.date}>
                <StatusIcon status="warning" /> {tool.name}: {t('results:card.endOfSupportMark', { date: date(tool.endOfSupport!.date) })}
              </span>
            ))}
          </p>
        </>
      )}
    </section>
  );
}

/** One line per tool that does not fit, with its main blocker. */
export function MemoExcluded({ ineligible, catalog }: { ineligible: readonly ToolResult[]; catalog: Catalog }) {
  const { t } = useTranslation(['memo', 'results']);
  const reasonText = useReasonText();
  if (!ineligible.length) return null;
  return (
    <section className="memo__block">
      <h2>{t('memo:excludedTitle')}</h2>
      <ul className="memo__list memo__excluded">
        {ineligible.map((r) => {
          const tool = getTool(catalog, r.toolId)!;
          const main = r.blockers[0];
          return (
            <li key={r.toolId}>
              {/* The point that rules it out is named: a reason such as "does not offer this" needs it. */}
              <strong>{tool.name}</strong>
              {main ? ` – ${t(`results:criteria.${main.criterion}`)}: ${reasonText(main, tool.name)}` : null}
              {main ? <SourceNote verdict={main} /> : null}
              {r.blockers.length > 1 ? ` ${t('memo:excludedMore', { count: r.blockers.length - 1 })}` : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
