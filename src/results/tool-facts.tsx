import { useTranslation } from 'react-i18next';
import type { Fact, FactTopic, Tool } from '../catalog/types';
import { formatIsoDate, reasonParams } from '../components/verdict-item';
import { catalogToolText } from './catalog-text';
import { useLang } from './use-lang';
import { Callout } from '../components/callout';

const topics: FactTopic[] = ['login', 'data', 'gdpr', 'plans', 'support', 'tip'];

/** Where a fact comes from: the report's section, as printed (in Dutch). */
function SourceLine({ section }: { section: string }) {
  const { t } = useTranslation('results');
  return (
    <p className="fact-source">
      {t('card.factSource')} <cite lang="nl">{section}</cite>
    </p>
  );
}

/**
 * What the report's text adds about a tool: warnings first (also printed), then facts by
 * topic (screen only, so they are rendered only once the card is open).
 */
export function ToolFacts({ tool, withFacts }: { tool: Tool; withFacts: boolean }) {
  const { t } = useTranslation(['results', 'catalog', 'tools']);
  const lang = useLang();
  const text = (kind: 'facts' | 'notes', id: string, params?: Fact['params']) =>
    catalogToolText(t, tool.id, kind, id, reasonParams(params, t, lang));

  return (
    <div className="tool-facts">
      {tool.endOfSupport ? (
        <Callout tone="warning" level={4} title={t('results:card.endOfSupportTitle')}>
          <p>{t('results:card.endOfSupportBody', { tool: tool.name, date: formatIsoDate(tool.endOfSupport.date, lang) })}</p>
          <SourceLine section={tool.endOfSupport.section} />
        </Callout>
      ) : null}
      {tool.notes.map((note) => (
        <Callout key={note.id} tone="warning" level={4} title={t('results:card.disagreeTitle')}>
          <p>{text('notes', note.id, note.params)}</p>
          <p>
            {t('results:card.disagreeRows', {
              rows: note.rows.map((r) => t(`catalog:rows.${r}`)).join(', '),
            })}
          </p>
          <SourceLine section={note.section} />
        </Callout>
      ))}
      {withFacts && topics.map((topic) => {
        const facts = tool.facts.filter((f) => f.topic === topic);
        if (!facts.length) return null;
        return (
          <section key={topic} className={`fact-group fact-group--${topic} no-print`}>
            <h4>{t(`results:card.facts.${topic}`, { tool: tool.name })}</h4>
            <ul className="fact-list">
              {facts.map((f) => (
                <li key={f.id}>
                  <p>{text('facts', f.id, f.params)}</p>
                  <SourceLine section={f.section} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
