import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { toolText } from '../catalog/text';
import type { DataSet, FactTopic, Tool, Update } from '../catalog/types';
import { Callout } from '../components/callout';
import { catalogToolText } from '../components/catalog-text';
import { ChangeMarker } from '../components/source-note';
import { loadUpdates } from '../components/use-catalog';
import { reasonParams } from '../components/verdict-item';
import { useFormats, useLang } from '../i18n/format';

const noUpdates: readonly Update[] = [];

/** On current data, the changes that contradict a fact or note of the report's text, by its id. */
function useSuperseding(tool: Tool, dataSet: DataSet): (id: string) => Update[] {
  // The changes are loaded with the current data already; the report's data never asks for them.
  const all = dataSet === 'current' ? use(loadUpdates()).updatesFor(tool.id) : noUpdates;
  return (id) => all.filter((u) => u.supersedes?.includes(id));
}

/**
 * A fact or note of 2020 that a later change contradicts (current data only): it reads as the
 * state of 2020, followed by the changes, each with its marker. Carries `data-superseded-by`.
 */
function AsOf2020({ by, children }: { by: readonly Update[]; children: string }) {
  const { t } = useTranslation('details');
  if (!by.length) return <p>{children}</p>;
  return (
    <div data-superseded-by={by.map((u) => u.id).join(' ')}>
      <p><strong>{t('asOf2020')}</strong> {children}</p>
      <p className="fact-since">
        {t('changedSince')}{' '}
        {by.map((u) => <ChangeMarker key={u.id} update={u} />)}
      </p>
    </div>
  );
}

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
 * disagree first, then its facts by topic. On current data, a fact a later change contradicts
 * reads as the state of 2020 and points to the change. Rendered once the card is opened; its
 * words are the `tools` namespace, loaded then.
 */
export function ToolFacts({ tool, dataSet }: { tool: Tool; dataSet: DataSet }) {
  const { t } = useTranslation(['results', 'catalog', 'tools', 'details']);
  const lang = useLang();
  const { date } = useFormats();
  const { facts: allFacts, notes } = toolText(tool.id);
  const supersededBy = useSuperseding(tool, dataSet);
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
          <AsOf2020 by={supersededBy(note.id)}>{text('notes', note.id, note.params)}</AsOf2020>
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
                  <AsOf2020 by={supersededBy(f.id)}>{text('facts', f.id, f.params)}</AsOf2020>
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
