import { useTranslation } from 'react-i18next';
import type { ToolId, Update } from '../catalog/types';
import { updateText } from '../components/catalog-text';
import { toolName } from '../components/tool-names';
import { useUpdates } from '../components/use-catalog';
import { useFormats } from '../i18n/format';

/** One change as a line: date, sentence, and its source's publisher and title. */
function MemoUpdate({ update, tools }: { update: Update; tools?: readonly ToolId[] }) {
  const { t } = useTranslation('updates');
  const { date, list } = useFormats();
  return (
    <li data-update-id={update.id}>
      <strong>{date(update.date)}</strong>
      {tools ? <> ({list(tools.map(toolName))})</> : null}: {updateText(t, update.id)}{' '}
      <span className="memo__source">{t('entry.source')} {update.source.publisher}, {update.source.title}.</span>
    </li>
  );
}

/**
 * The chosen tool's changes since the report, newest first. A change that concerns several tools
 * (the Privacy Shield, say) is listed once, in a list of its own, naming which of the tools in
 * this memo it concerns.
 */
export function MemoUpdates({ choice, tools }: { choice: ToolId; tools: readonly ToolId[] }) {
  const { t } = useTranslation('memo');
  const { updatesFor } = useUpdates();
  const mine = updatesFor(choice);
  const own = mine.filter((u) => u.tools.length === 1);
  const shared = mine.filter((u) => u.tools.length > 1);
  if (!mine.length) return null;
  return (
    <section className="memo__block memo__updates">
      <h2>{t('updatesTitle', { tool: toolName(choice) })}</h2>
      {own.length ? (
        <ul className="memo__list">
          {own.map((u) => <MemoUpdate key={u.id} update={u} />)}
        </ul>
      ) : null}
      {shared.length ? (
        <>
          <h3>{t('updatesShared')}</h3>
          <ul className="memo__list">
            {shared.map((u) => (
              <MemoUpdate key={u.id} update={u} tools={tools.filter((id) => u.tools.includes(id))} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
