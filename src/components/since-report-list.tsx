import { useTranslation } from 'react-i18next';
import { isToolId, type AnyToolId } from '../catalog/types';
import { Disclosure } from './disclosure';
import { LazyPart } from './lazy-part';
import { toolName } from './tool-names';

const loadSince = () => import('./since-report').then((m) => ({ default: m.SinceReport }));
const updateTexts = ['updates'] as const;

/** "Since the report" for several tools (compare): one collapsed part per tool, loaded on opening. */
export function SinceReportList({ toolIds: given }: { toolIds: readonly AnyToolId[] }) {
  const { t } = useTranslation('results');
  // Only the report's tools have changes since the report; an own tool's sources are its own.
  const toolIds = given.filter(isToolId);
  if (!toolIds.length) return null;
  return (
    <section className="since-list no-print" aria-labelledby="since-list-title">
      <h2 id="since-list-title">{t('card.since')}</h2>
      {toolIds.map((id) => (
        <Disclosure
          key={id}
          className="since-list__item"
          show={t('card.sinceFor', { tool: toolName(id) })}
          hide={t('card.sinceForHide', { tool: toolName(id) })}
        >
          {() => <LazyPart load={loadSince} props={{ toolId: id, headingLevel: 3 }} namespaces={updateTexts} />}
        </Disclosure>
      ))}
    </section>
  );
}
