import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isToolId, reportCatalog } from '../catalog/report';
import { latestUpdate } from '../catalog/latest-update';
import type { ToolId, Update } from '../catalog/types';
import { Callout } from '../components/callout';
import { PageHeading } from '../components/page-heading';
import { UpdateEntry } from '../components/update-entry';
import { useUpdates } from '../components/use-catalog';
import { useFormats } from '../i18n/format';
import './updates-page.css';

/** The updates newest first, grouped by the year they happened. */
function byYear(list: readonly Update[]): [string, Update[]][] {
  const years = new Map<string, Update[]>();
  for (const u of [...list].reverse()) {
    const year = u.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), u]);
  }
  return [...years];
}

/**
 * /updates (?tool=zoom): every change since the report, newest first, each with its source,
 * filterable by tool. The filter lives in the address, so a filtered list can be shared.
 */
export function UpdatesPage() {
  const { t } = useTranslation(['updates', 'catalog']);
  const { date } = useFormats();
  const { updates } = useUpdates();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tool');
  const tool: ToolId | null = isToolId(asked) ? asked : null;
  const shown = useMemo(() => (tool ? updates.filter((u) => u.tools.includes(tool)) : updates), [updates, tool]);
  const filterId = useId();

  return (
    <div className="page updates-page">
      <PageHeading>{t('updates:page.title')}</PageHeading>
      <p className="lead">{t('updates:page.latest', { date: date(latestUpdate), count: updates.length })}</p>
      <p>{t('updates:page.howKept')}</p>
      <p>{t('updates:page.reportStays')}</p>
      {asked !== null && !tool ? (
        <Callout tone="warning" title={t('updates:page.unknownTool', { tool: asked.slice(0, 40) })} role="status">
          <p>{t('updates:page.showingAll')}</p>
        </Callout>
      ) : null}
      <div className="updates-page__filter no-print">
        <label htmlFor={filterId}>{t('updates:page.filter')}</label>
        <select
          id={filterId}
          value={tool ?? ''}
          onChange={(e) => setParams(e.target.value ? { tool: e.target.value } : {}, { replace: true })}
        >
          <option value="">{t('updates:page.allTools')}</option>
          {reportCatalog.tools.map((x) => (
            <option key={x.id} value={x.id}>{x.name}</option>
          ))}
        </select>
      </div>
      <p role="status" className="updates-page__count">{t('updates:page.count', { count: shown.length })}</p>
      {byYear(shown).map(([year, list]) => (
        <section key={year} aria-labelledby={`updates-${year}`}>
          <h2 id={`updates-${year}`}>{year}</h2>
          <ol className="update-list">
            {list.map((u) => (
              <li key={u.id}><UpdateEntry update={u} showTools level={3} /></li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
