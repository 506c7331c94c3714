import { lazy, Suspense, memo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getTool } from '../catalog/report';
import { ErrorBoundary } from '../components/error-boundary';
import { latestUpdate } from '../catalog/latest-update';
import type { Catalog, DataSet } from '../catalog/types';
import { useLoadedWhenIdle } from '../components/later';
import { LazyPart } from '../components/lazy-part';
import { loadChanges, ownParts } from '../components/use-catalog';
import { rankingOf, type Ranking } from '../components/use-ranking';
import { ourChoice } from '../components/our-choice';
import { useFormats } from '../i18n/format';
import { paths } from '../share/routes';
import type { Answers, CriterionId, ToolResult } from '../scoring/types';
import type { OtherDataProps } from './other-data';
import type { SettleProps } from './settle';
import { summaryId } from './summary-id';

const memoTexts = ['memo'] as const;
const loadChoiceNote = () => import('./choice-note').then((m) => ({ default: m.ChoiceNote }));

/**
 * The must-haves every tool that fits meets: plainly (said once here, not on each card), or met
 * or not applicable (named apart, never as plainly met). A must some tool meets only on a
 * condition is on that tool's card instead.
 */
function sharedMusts(eligible: readonly ToolResult[]): { met: CriterionId[]; metOrNa: CriterionId[] } {
  const met: CriterionId[] = [];
  const metOrNa: CriterionId[] = [];
  for (const v of eligible[0]?.verdicts ?? []) {
    if (v.importance !== 'must' || v.criterion === 'participants' || v.criterion === 'availability' || v.criterion === 'hosting' || v.criterion === 'budget') continue;
    const all = eligible.map((r) => r.verdicts.find((x) => x.criterion === v.criterion)!);
    if (!all.every((x) => x.status === 'met')) continue;
    (all.some((x) => x.reason === 'notApplicable') ? metOrNa : met).push(v.criterion as CriterionId);
  }
  return { met, metOrNa };
}

/** The live summary: how many fit, which fits best or which tie, and the must-haves they all meet. */
function Summary({ ranking, catalog }: { ranking: Ranking; catalog: Catalog }) {
  const { t } = useTranslation('results');
  const { date, list } = useFormats();
  const { eligible, top } = ranking;
  const name = (r: ToolResult) => getTool(catalog, r.toolId)?.name ?? r.toolId;
  let text: string;
  if (!top.length) text = t('top.none');
  else if (top.length > 1) {
    const score = top[0]!.score;
    text = score === null ? t('top.tieNoScore', { count: top.length, tools: list(top.map(name)) }) : t('top.tie', { count: top.length, tools: list(top.map(name)), score });
  } else text = t('top.lead', { count: eligible.length, tool: name(top[0]!), score: top[0]!.score ?? 0 });
  // Never hidden: a tool at the top whose support ended.
  const ended = top.map((r) => getTool(catalog, r.toolId)).filter((tool) => tool?.endOfSupport);
  const musts = sharedMusts(eligible);
  const criteria = (ids: CriterionId[]) => list(ids.map((c) => t(`criteria.${c}`)));
  return (
    <>
      {/* Polite live region: announces the new outcome whenever an answer or the data changes. */}
      <p role="status" className="results__summary" id={summaryId} tabIndex={-1}>
        {text}
        {ended.map((tool) => ` ${t('top.ended', { tool: tool!.name, date: date(tool!.endOfSupport!.date) })}`).join('')}
      </p>
      {musts.met.length || musts.metOrNa.length ? (
        <p className="results__musts" data-shared-musts={[...musts.met, ...musts.metOrNa].join(' ')}>
          {musts.met.length ? t('top.musts', { count: eligible.length, criteria: criteria(musts.met) }) : null}
          {musts.met.length && musts.metOrNa.length ? ' ' : null}
          {musts.metOrNa.length ? t('top.mustsNa', { count: eligible.length, criteria: criteria(musts.metOrNa) }) : null}
        </p>
      ) : null}
    </>
  );
}

/**
 * One plain line under the summary: which data ranked, who would come first on the other data
 * (`children`), and a link that asks how current that is, to the full text on the data.
 */
function DataLine({ dataSet, ranked, catalog, children }: { dataSet: DataSet; ranked: boolean; catalog: Catalog; children: ReactNode }) {
  const { t } = useTranslation('results');
  const { date } = useFormats();
  const Own = ownParts();
  return (
    <p className="results__data-line" data-ranked-on={ranked ? dataSet : undefined}>
      {ranked ? <>{t(`top.rankedOn.${dataSet}`, { date: date(latestUpdate) })}{Own && <Own.OwnIncludes catalog={catalog} />} </> : null}
      {ranked ? children : null}
      {/* The caveat, in a few words that lead to the full text on where the data comes from. */}
      <Link to={paths.about}>{t('top.caveatMore')}</Link>
    </p>
  );
}

// Who leads on the other data set (see OtherData): it ranks
// the answers on the other data too, so it comes once the first screen is up, with the words of
// what settles the top.
const OtherData = lazy(() => import('./other-data').then((m) => ({ default: m.OtherData })));
const loadOtherData = (dataSet: DataSet) => () => Promise.all([import('./other-data'), dataSet === 'report' ? loadChanges() : null]);

function OtherDataPart(props: OtherDataProps) {
  const [load] = useState(() => loadOtherData(props.dataSet));
  if (!useLoadedWhenIdle(load, settleTexts)) return null;
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}><OtherData {...props} /></Suspense>
    </ErrorBoundary>
  );
}

const loadSettle = () => import('./settle').then((m) => {
  settleLoaded = true;
  return { default: m.Settle };
});
const settleTexts = ['settle'] as const;
// Once its code is in, it shows at once wherever the top is drawn again (another visit to the page).
let settleLoaded = false;

/**
 * What settles the top (see Settle), fetched once the first screen is up, so a shared link's first
 * load carries only the answer itself. Until then its place is kept at about its height, so the
 * cards below do not jump when it arrives.
 */
function SettlePart(props: SettleProps) {
  const ready = useLoadedWhenIdle(loadSettle, settleTexts) || settleLoaded;
  return (
    <div className="results__settle" data-pending={ready ? undefined : props.ranking.top.length > 1 ? 'tie' : 'lead'}>
      {ready ? <LazyPart load={loadSettle} props={props} namespaces={settleTexts} /> : null}
    </div>
  );
}

interface Props {
  answers: Answers;
  dataSet: DataSet;
  catalog: Catalog;
  choice: string | null;
}

/**
 * The top of the results, the moment the app exists for: which tool fits best or which tie, the
 * must-haves they all meet, which data ranked (and who would come first on the other), then what
 * sets tied tools apart, or how firm a lone leader is.
 */
export const ResultsTop = memo(function ResultsTop({ answers, dataSet, catalog, choice }: Props) {
  const ranking = rankingOf(catalog, answers);
  const our = ourChoice(choice, ranking.eligible);
  const name = (id: string) => getTool(catalog, id)?.name ?? id;
  return (
    <section className="results__top">
      <Summary ranking={ranking} catalog={catalog} />
      <DataLine dataSet={dataSet} ranked={ranking.top.length > 0} catalog={catalog}>
        <OtherDataPart answers={answers} top={ranking.top} dataSet={dataSet} />
      </DataLine>
      {ranking.top.length ? <SettlePart answers={answers} catalog={catalog} ranking={ranking} /> : null}
      {our.marked && !our.result ? (
        // The mark is kept: it comes back once the answers fit the chosen tool again.
        <LazyPart load={loadChoiceNote} props={{ marked: name(our.marked) }} namespaces={memoTexts} />
      ) : null}
    </section>
  );
});
