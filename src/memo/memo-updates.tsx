import { concerns } from '../catalog/apply-updates';
import { useTranslation } from 'react-i18next';
import type { AnyToolId, DataSet, Tool, Update } from '../catalog/types';
import { listsUpdate } from '../checklist';
import { updateShort, updateText } from '../components/catalog-text';
import { toolName } from '../components/tool-names';
import { useUpdates } from '../components/use-catalog';
import { useFormats } from '../i18n/format';
import type { Answers } from '../scoring/types';
import { paths } from '../share/routes';

/**
 * One change as a line: date, sentence and its source's publisher. The memo has two pages, so the
 * source's title and address are on the changes page, whose address the memo prints.
 */
function MemoUpdate({ update }: { update: Update }) {
  const { t } = useTranslation('updates');
  const { date } = useFormats();
  return (
    <li data-update-id={update.id}>
      <strong>{date(update.date)}</strong>: {updateText(t, update.id)}{' '}
      <span className="memo__source">({update.source.publisher})</span>
    </li>
  );
}

/**
 * The chosen tool's changes since the report, newest first. A change that concerns several tools
 * (the Privacy Shield, say) is listed once, in a list of its own, naming the other tools of this
 * memo it concerns once, in the heading, as one sentence in date order. Then the address of the
 * changes page, which names every source.
 * On current data, a change of this tool alone that its checklist already lists, as something to
 * do, is not printed again here. A shared change stays in its story, which would not read without
 * it; the checklist asks something else of it (check a certification, say).
 */
export function MemoUpdates({ choice, tools, answers, dataSet }: { choice: Tool; tools: readonly AnyToolId[]; answers: Answers; dataSet: DataSet }) {
  const { t } = useTranslation('memo');
  const { t: tu } = useTranslation('updates');
  const { date, list } = useFormats();
  const { updatesFor } = useUpdates();
  const mine = updatesFor(choice.id);
  const own = mine.filter((u) => u.tools.length === 1 && !(dataSet === 'current' && listsUpdate(u, choice, answers)));
  const shared = mine.filter((u) => u.tools.length > 1);
  // The other tools in this memo that the shared changes concern too.
  const others = tools.filter((id) => id !== choice.id && shared.some((u) => concerns(u, id)));
  const updatesUrl = `${window.location.origin}${paths.updatesFor(choice.id)}`;
  if (!own.length && !shared.length) return null;
  return (
    <section className="memo__block memo__updates">
      <h2>{t('updatesTitle', { tool: choice.name })}</h2>
      {own.length ? (
        <ul className="memo__list">
          {own.map((u) => <MemoUpdate key={u.id} update={u} />)}
        </ul>
      ) : null}
      {shared.length ? (
        <>
          <h3>{others.length ? t('updatesSharedWith', { tools: list(others.map(toolName)) }) : t('updatesShared')}</h3>
          {/* Oldest first, as one story: they are all about sending data to the US. */}
          <p data-shared-updates={shared.map((u) => u.id).join(' ')}>
            {[...shared].reverse().map((u, i, all) => (
              <span key={u.id}>
                <strong>{date(u.date)}</strong>: {updateShort(tu, u.id)}
                {i < all.length - 1 ? '; ' : '.'}
              </span>
            ))}
          </p>
        </>
      ) : null}
      <p>{t('updatesSources')} <span className="memo__url">{updatesUrl}</span></p>
    </section>
  );
}
