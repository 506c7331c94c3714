import { useTranslation } from 'react-i18next';
import type { Update } from '../catalog/types';
import { useFormats } from '../i18n/format';
import { updateText } from './catalog-text';
import { toolName } from './tool-names';
import './updates.css';

interface Props {
  update: Update;
  /** Name the tools it concerns (on the list of all changes; a tool's own list leaves that out). */
  showTools?: boolean;
  /** The heading level of the date line, so it sits in the page's outline. */
  level?: 3 | 4;
}

/**
 * One change since the report: its date, one sentence, whether it changes a cell of the table,
 * and its source as a plain link (the app fetches nothing from it). Carries `data-update-id`.
 */
export function UpdateEntry({ update, showTools = false, level = 4 }: Props) {
  const { t } = useTranslation(['updates', 'catalog']);
  const { date, list } = useFormats();
  const Heading = `h${level}` as const;
  const { source } = update;
  return (
    <article className="update" data-update-id={update.id} aria-labelledby={`update-${update.id}`}>
      <Heading id={`update-${update.id}`} className="update__date">
        <time dateTime={update.date}>{date(update.date)}</time>
        {showTools ? <span className="update__tools">{list(update.tools.map(toolName))}</span> : null}
      </Heading>
      <p className="update__text">{updateText(t, update.id)}</p>
      <p className="update__kind">
        {update.kind === 'cell'
          ? t('updates:entry.changesCell', { row: t(`catalog:rows.${update.row}`) })
          : t('updates:entry.notice')}
        {update.confidence === 'medium' ? ` ${t('updates:entry.medium')}` : ''}
      </p>
      <p className="update__source">
        {t('updates:entry.source')} {source.publisher},{' '}
        <a href={source.url} rel="noreferrer noopener" hrefLang={undefined}>{source.title}</a>
        {', '}<time dateTime={source.date}>{date(source.date)}</time>
      </p>
    </article>
  );
}
