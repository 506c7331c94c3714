import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { withOwn, type OwnCatalog } from '../catalog/own';
import { reportCatalog } from '../catalog/report';
import { rowGroups, type RowGroupId } from '../catalog/types';
import { CellMark } from '../components/cell-mark';
import { ChangeConditions } from '../components/changed-cell';
import { useFormats } from '../i18n/format';

const groups = Object.keys(rowGroups) as RowGroupId[];
const captionId = 'own-table-caption';

/** The element id of a source in the list under the table. */
export const sourceAnchor = (key: string) => `own-source-${key}`;

/**
 * The own tools on the report's twenty rows: each value with its conditions, its source (a link to
 * the list below) and its note, as plain text. The report's own table stays the report's.
 */
export function OwnTable({ catalog }: { catalog: OwnCatalog }) {
  const { t } = useTranslation(['own', 'catalog', 'compare']);
  // The same cells the ranking judges: the file's values in the catalog's cell format.
  const tools = useMemo(() => withOwn(reportCatalog, [{ catalog, via: 'saved' }]).tools.filter((tool) => tool.own), [catalog]);
  if (!tools.length) return null;
  return (
    <section aria-labelledby="own-table-title">
      <h2 id="own-table-title">{t('own:table.title')}</h2>
      <div className="table-scroll own-table__scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
        <table className="own-table">
          <caption id={captionId}>{t('own:table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('own:table.row')}</th>
              {tools.map((tool) => <th scope="col" key={tool.id}>{tool.name}</th>)}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group}>
              <tr className="own-table__group">
                <th scope="rowgroup" colSpan={tools.length + 1}>{t(`catalog:rowGroups.${group}`)}</th>
              </tr>
              {rowGroups[group].map((row) => (
                <tr key={row}>
                  <th scope="row">{t(`catalog:rows.${row}`)}</th>
                  {tools.map((tool) => {
                    const cell = tool.cells[row];
                    const key = cell.ownSource?.split('/')[1];
                    return (
                      <td key={tool.id} data-tool-id={tool.id} data-row-id={row}>
                        <CellMark cell={cell} />
                        <ChangeConditions cell={cell} />
                        {key ? (
                          <a className="own-table__source" href={`#${sourceAnchor(key)}`}>
                            [{key}]<span className="visually-hidden"> {t('own:table.source', { source: catalog.sources[key]?.title ?? key })}</span>
                          </a>
                        ) : null}
                        {cell.remark ? <span className="own-table__note">{cell.remark}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

/** The catalog's sources, each with its key (as the table cites it), publisher, title, date and, for https only, a link. */
export function OwnSources({ catalog }: { catalog: OwnCatalog }) {
  const { t } = useTranslation('own');
  const { date } = useFormats();
  const entries = Object.entries(catalog.sources);
  if (!entries.length) return null;
  return (
    <section aria-labelledby="own-sources-title">
      <h2 id="own-sources-title">{t('sources.title')}</h2>
      <ol className="own-sources">
        {entries.map(([key, s]) => (
          <li key={key} id={sourceAnchor(key)} tabIndex={-1}>
            <span className="own-sources__key">[{key}]</span>{' '}
            {s.url?.startsWith('https://') ? (
              <a href={s.url} rel="noopener noreferrer" target="_blank">{t('sources.item', { publisher: s.publisher, title: s.title })}</a>
            ) : t('sources.item', { publisher: s.publisher, title: s.title })}
            {', '}{s.date ? date(s.date) : t('sources.undated')}
          </li>
        ))}
      </ol>
    </section>
  );
}
