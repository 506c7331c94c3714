import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool, reportCatalog } from '../catalog';
import type { ToolResult } from '../scoring/types';
import { StatusIcon } from '../components/icons';
import { VerdictItem } from '../components/verdict-item';

/** One tool that does not fit, with its blockers in words. */
function UnsuitableCard({ result }: { result: ToolResult }) {
  const { t } = useTranslation('results');
  const id = useId();
  const tool = getTool(reportCatalog, result.toolId);
  if (!tool) return null;
  return (
    <article className="card card--unsuitable" data-tool-id={tool.id} data-eligible="false" aria-labelledby={`${id}-name`}>
      <header className="card__header">
        <h3 id={`${id}-name`} className="card__name">{tool.name}</h3>
        <span className="status status--unmet card__badge">
          <StatusIcon status="unmet" />
          {t('unsuitable.badge')}
        </span>
      </header>
      <h4 className="card__subtitle">{t('unsuitable.why')}</h4>
      <ul className="verdict-list">
        {result.blockers.map((v) => (
          <li key={v.criterion}>
            <VerdictItem verdict={v} toolName={tool.name} showCriterion />
          </li>
        ))}
      </ul>
    </article>
  );
}

/** "Not suitable for you": collapsed by default; always printed (see results.css). */
export function UnsuitableList({ results }: { results: readonly ToolResult[] }) {
  const { t } = useTranslation('results');
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!results.length) return null;
  return (
    <section className="unsuitable" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('unsuitable.title')}</h2>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('unsuitable.hide') : t('unsuitable.show', { count: results.length })}
      </button>
      <ul id={`${id}-list`} className="card-list print-expand" hidden={!open}>
        {results.map((r) => (
          <li key={r.toolId}>
            <UnsuitableCard result={r} />
          </li>
        ))}
      </ul>
    </section>
  );
}
