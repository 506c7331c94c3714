import { useTranslation } from 'react-i18next';
import { toolText } from '../catalog/text';
import type { FactTopic, Tool } from '../catalog/types';
import { Callout } from '../components/callout';
import { catalogToolText } from '../components/catalog-text';
import { reasonParams } from '../components/verdict-item';
import { useFormats, useLang } from '../i18n/format';

const topics: FactTopic[] = ['login', 'data', 'gdpr', 'plans', 'support', 'tip'];

/** Where a fact comes from: the report's section, as printed (in Dutch). */
export function SourceLine({ section }: { section: string }) {
  const { t } = useTranslation(['results', 'details']);
  return (
    <p className="fact-source">
      {t('details:factSource')} <cite lang="nl">{section}</cite>
    </p>
  );
}

/**
 * What the report's text adds about a tool: the end of support and where text and table
 * disagree first, then its facts by topic. Rendered once the card is opened; its words are the
 * `tools` namespace, loaded then.
 */
export function ToolFacts({ tool }: { tool: Tool }) {
  const { t } = useTranslation(['results', 'catalog', 'tools', 'details']);
  const lang = useLang();
  const { date } = useFormats();
  const { facts: allFacts, notes } = toolText(tool.id);
  const text = (kind: 'facts' | 'notes', id: string, params?: Record<string, string | number>) =>
    catalogToolText(t, tool.id, kind, id, reasonParams(params, t as unknown as (key: string) => string, lang));

  return (
    <div className="tool-facts">
      {tool.endOfSupport ? (
        <Callout tone="warning" level={4} title={t('details:endOfSupportTitle')}>
          <p>{t('details:endOfSupportBody', { tool: tool.name, date: date(tool.endOfSupport.date) })}</p>
          <SourceLine section={tool.endOfSupport.section} />
        </Callout>
      ) : null}
      {notes.map((note) => (
        <Callout key={note.id} tone="warning" level={4} title={t('details:disagreeTitle')}>
          <p>{text('notes', note.id, note.params)}</p>
          <p>{t('details:disagreeRows', { rows: note.rows.map((r) => t(`catalog:rows.${r}`)).join(', ') })}</p>
          <SourceLine section={note.section} />
        </Callout>
      ))}
      {topics.map((topic) => {
        const facts = allFacts.filter((f) => f.topic === topic);
        if (!facts.length) return null;
        return (
          <section key={topic} className={`fact-group fact-group--${topic}`}>
            <h4>{t(`details:facts.${topic}`, { tool: tool.name })}</h4>
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
