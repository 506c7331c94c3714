import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/disclosure';
import { getTool } from '../catalog/report';
import type { Catalog } from '../catalog/types';
import type { ToolResult } from '../scoring/types';
import { ToolCard } from './tool-card';

/**
 * "Not suitable for you": collapsed by default, each tool with its blockers. The closed cards stay
 * in the page (hidden), so every tool's card and its hooks are there; their verdicts render on opening.
 */
export function UnsuitableList({ results, catalog }: { results: readonly ToolResult[]; catalog: Catalog }) {
  const { t } = useTranslation('results');
  if (!results.length) return null;
  return (
    <section className="unsuitable" aria-labelledby="unsuitable-title">
      <h2 id="unsuitable-title">{t('unsuitable.title')}</h2>
      <Disclosure show={t('unsuitable.show', { count: results.length })} hide={t('unsuitable.hide')} keepMounted>
        {(open) => (
          <ul className="card-list">
            {results.map((r) => (
              <li key={r.toolId}>
                <ToolCard result={r} tool={getTool(catalog, r.toolId)!} compact={!open} />
              </li>
            ))}
          </ul>
        )}
      </Disclosure>
    </section>
  );
}
