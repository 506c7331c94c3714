import { useTranslation } from 'react-i18next';
import type { Catalog } from '../catalog/types';
import { useFormats } from '../i18n/format';
import type { ToolResult } from '../scoring/types';

/**
 * The own tools and corrections the memo rests on, once and compactly: per own list, its title,
 * publisher and date, the own tools the memo names, and each source its verdicts cite ("[w1]
 * Whereby, “Change Room Size”, December 2026"). Only what the memo shows: every verdict of a tool
 * that fits, the blockers of one that does not.
 */
export function MemoOwnSources({ catalog, results }: { catalog: Catalog; results: readonly ToolResult[] }) {
  const { t } = useTranslation(['memo', 'own']);
  const { date, list } = useFormats();
  const own = catalog.own;
  if (!own) return null;
  const cited = new Set(results.flatMap((r) => (r.eligible ? r.verdicts : r.blockers)).flatMap((v) => (v.source?.kind === 'own' ? [v.source.id] : [])));
  const blocks = own.catalogs.map((c, k) => {
    const tools = results.map((r) => catalog.tools.find((tool) => tool.id === r.toolId)).filter((tool) => tool?.own?.catalog === k).map((tool) => tool!.name);
    const sources = [...cited].filter((key) => key.startsWith(`${k}/`) && key.length > `${k}/`.length).sort().map((key) => {
      const s = own.sources[key]!;
      return `[${key.slice(key.indexOf('/') + 1)}] ${t('own:sources.item', { publisher: s.publisher, title: s.title })}, ${s.date ? date(s.date) : t('own:sources.undated')}`;
    });
    return { k, title: t('own:top.catalog', { title: c.title, publisher: c.publisher, date: date(c.date) }), tools, sources };
  }).filter((b) => b.tools.length || b.sources.length);
  if (!blocks.length) return null;
  return (
    <section className="memo__block memo__own" data-memo-own>
      <h2>{t('memo:ownTitle')}</h2>
      {blocks.map((b) => (
        <p key={b.k}>
          <strong>{b.title}</strong>
          {b.tools.length ? <> {t('memo:ownTools', { tools: list(b.tools) })}</> : null}
          {b.sources.length ? <> {t('memo:ownSources', { sources: b.sources.join('; ') })}</> : null}
        </p>
      ))}
    </section>
  );
}
