import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ToolId } from '../catalog/types';
import { paths } from '../share/routes';
import { toolName } from './tool-names';
import { UpdateEntry } from './update-entry';
import { useUpdates } from './use-catalog';

/**
 * "Since the report" for one tool: its changes since spring 2020, newest first, each with its
 * date, one sentence and its source. The report's own data stays as published.
 */
export function SinceReport({ toolId, headingLevel = 4 }: { toolId: ToolId; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation('updates');
  const list = useUpdates().updatesFor(toolId);
  const tool = toolName(toolId);
  return (
    <div className="since" data-since-for={toolId}>
      <p className="since__intro">{list.length ? t('since.intro', { tool }) : t('since.none', { tool })}</p>
      {list.length ? (
        <ol className="update-list">
          {list.map((u) => (
            <li key={u.id}>
              <UpdateEntry update={u} level={headingLevel} />
            </li>
          ))}
        </ol>
      ) : null}
      <p className="since__all">
        <Link to={paths.updatesFor(toolId)}>{t('since.all')}</Link>
      </p>
    </div>
  );
}
