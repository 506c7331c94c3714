import { useTranslation } from 'react-i18next';
import type { Update, UpdateSource } from '../catalog/types';
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
  return (
    <article className="update" data-update-id={update.id} aria-labelledby={`update-${update.id}`}>
      <Heading id={`update-${update.id}`} className="update__date">
        <time dateTime={update.date}>{date(update.date)}</time>
        {showTools ? <span className="update__tools">{list(update.tools.map(toolName))}</span> : null}
      </Heading>
      <p className="update__text">{updateText(t, update.id)}</p>
      <p className="update__kind">
        {update.kind === 'cell' ? t('updates:entry.changesCell', { row: t(`catalog:rows.${update.row}`) })
          : update.kind === 'condition' ? t('updates:entry.addsCondition', { rows: list(update.rows.map((row) => t(`catalog:rows.${row}`))) })
            : t('updates:entry.notice')}
        {update.confidence === 'medium' ? ` ${t('updates:entry.medium')}` : ''}
      </p>
      <SourceLine source={update.source} />
    </article>
  );
}

/**
 * A change's source: publisher, title (a link only where the page itself was opened), the
 * document as cited, its date where the source gives one, and where it was read when that was
 * not at its publisher.
 */
function SourceLine({ source }: { source: UpdateSource }) {
  const { t } = useTranslation('updates');
  const { date } = useFormats();
  const name = source.title ?? source.document;
  return (
    <p className="update__source">
      {t('entry.source')} {source.publisher},{' '}
      {source.url ? <a href={source.url} rel="noreferrer noopener">{name}</a> : <cite>{name}</cite>}
      {source.title && source.document ? ` (${source.document})` : null}
      {source.date ? <>, <time dateTime={source.date}>{date(source.date)}</time></> : null}
      {source.readVia ? ` ${t('entry.readVia', { via: source.readVia })}` : null}
    </p>
  );
}
