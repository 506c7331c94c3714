import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../share/routes';
import { getTool } from '../catalog/report';
import type { AnyToolId } from '../catalog/types';
import { FootnoteList, reportFootnotes } from '../components/footnote-ref';
import { LazyPart } from '../components/lazy-part';
import { StatusIcon } from '../components/icons';
import { PageHeading } from '../components/page-heading';
import { DataChoice } from '../components/data-choice';
import { SinceReportList } from '../components/since-report-list';
import { useCatalog, useDataSet } from '../components/use-catalog';
import { useRanking } from '../components/use-ranking';
import { useFormats } from '../i18n/format';
import { latestUpdate } from '../catalog/latest-update';
import { useStore } from '../state/store';
import { CompareCards } from './compare-cards';
import { ComparePicker } from './compare-picker';
import { compareRows } from './compare-rows';
import { MIN_COMPARE, parseToolsParam, toggleTool } from './compare-selection';
import { CompareTable, type ComparedTool } from './compare-table';
import './compare-page.css';
import { Callout } from '../components/callout';

// "Before you start" per tool, with the report's prose it cites: loaded once a comparison shows.
const loadChecklists = () => import('./compare-checklists').then((m) => ({ default: m.CompareChecklists }));
const checklistTexts = ['checklist', 'tools', 'catalog'] as const;

/** /compare?tools=jitsi,webex: 2 to 4 tools side by side. The link holds the choice, so it can be shared. */
export function ComparePage() {
  const { t } = useTranslation(['compare', 'results', 'catalog']);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const answers = useStore((s) => s.answers);
  const dataSet = useDataSet();
  const catalog = useCatalog(dataSet);
  const { date } = useFormats();
  const { results: ranked } = useRanking(answers, catalog);
  const raw = params.getAll('tools').join(',');
  // Own tools the ranking includes can be compared like the report's.
  const selection = useMemo(() => parseToolsParam([raw], (id) => getTool(catalog, id) !== undefined), [raw, catalog]);
  const { ids } = selection;

  const tools = useMemo<ComparedTool[]>(
    () =>
      ids.flatMap((id) => {
        const result = ranked.find((r) => r.toolId === id);
        const tool = getTool(catalog, id);
        return result && tool ? [{ tool, result }] : [];
      }),
    [ids, ranked, catalog],
  );
  const sections = useMemo(() => compareRows(tools.map((c) => c.result)), [tools]);
  const footnotes = reportFootnotes(tools.flatMap((c) => c.result.verdicts));
  const top3 = ranked.slice(0, 3).map((r) => r.toolId);

  const onToggle = (id: AnyToolId, on: boolean) => {
    void navigate(paths.compare(toggleTool(ids, id, on, catalog.tools.map((tool) => tool.id))), { replace: true });
  };

  return (
    <div className={tools.length > 2 ? 'compare-page compare-page--wide' : 'compare-page'}>
      <PageHeading title={t('compare:view.title')} caption={t(`results:page.dataCaption.${dataSet}`, { date: date(latestUpdate) })}>
        {t('compare:view.title')}
      </PageHeading>
      <p className="lead no-print">{t('compare:view.lead')}</p>
      <CompareNotice unknown={selection.unknown} dropped={selection.dropped.map((id) => getTool(catalog, id)?.name ?? id)} />
      <ComparePicker tools={catalog.tools} chosen={ids} onToggle={onToggle} />
      <div className="no-print"><DataChoice name="compare-data" /></div>
      {tools.length < MIN_COMPARE ? (
        <p className="no-print">
          <Link to={paths.compare(top3)} replace>
            {t('compare:view.suggest', { names: top3.map((id) => getTool(catalog, id)?.name ?? id).join(', ') })}
          </Link>
        </p>
      ) : (
        <section className="compare-result" aria-label={t('compare:view.caption', { names: tools.map((c) => c.tool.name).join(', ') })}>
          <p className="hint">{t(`compare:view.asOf.${dataSet}`, { date: date(latestUpdate) })}</p>
          <p className="compare-result__key">
            <span className="compare-label__differs"><StatusIcon status="warning" />{t('compare:view.differs')}</span>{' '}
            {t('compare:view.differsHint')}
          </p>
          {tools.every((c) => c.result.score === null) ? <p>{t('compare:view.noScore')}</p> : null}
          <div className="compare-result__wide"><CompareTable tools={tools} sections={sections} answers={answers} /></div>
          <div className="compare-result__narrow"><CompareCards tools={tools} sections={sections} answers={answers} /></div>
          <LazyPart load={loadChecklists} props={{ tools, answers, dataSet }} namespaces={checklistTexts} />
          <SinceReportList toolIds={tools.map((c) => c.tool.id)} />
          {footnotes.length ? (
            <section aria-labelledby="compare-footnotes">
              <h2 id="compare-footnotes">{t('catalog:footnotesTitle')}</h2>
              <FootnoteList ids={footnotes} />
            </section>
          ) : null}
        </section>
      )}
    </div>
  );
}

function CompareNotice({ unknown, dropped }: { unknown: string[]; dropped: string[] }) {
  const { t } = useTranslation('compare');
  if (!unknown.length && !dropped.length) return null;
  return (
    <Callout tone="warning" title={t('view.notice.title')} role="status">
      {unknown.length ? <p>{t('view.notice.unknown', { ids: unknown.join(', ') })}</p> : null}
      {dropped.length ? <p>{t('view.notice.dropped', { names: dropped.join(', ') })}</p> : null}
    </Callout>
  );
}
