import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { getTool, reportCatalog } from '../catalog';
import type { ToolResult, Verdict } from '../scoring/types';
import { StatusIcon } from '../components/icons';
import { StatusBadge } from '../components/status-badge';
import { FootnoteRef } from '../components/footnote-ref';
import { useReasonText } from '../components/verdict-item';
import { strongestVerdicts, watchPoints } from './highlights';
import { ScoreMeter } from './score-meter';
import { VerdictGroups } from './verdict-groups';
import { ToolFacts } from './tool-facts';

/**
 * One tool that fits: rank, name, score, its strongest points, and every verdict one step away.
 * The full list stays in the page when closed (`hidden`), so print can show it (results.css).
 */
export function ToolCard({ result, rank, compareWith }: { result: ToolResult; rank: number; compareWith: readonly string[] }) {
  const { t } = useTranslation('results');
  const [open, setOpen] = useState(false);
  const id = useId();
  const tool = getTool(reportCatalog, result.toolId);
  if (!tool) return null;
  const strongest = strongestVerdicts(result);
  const watch = watchPoints(result);

  return (
    <article className="card" data-tool-id={tool.id} data-eligible="true" aria-labelledby={`${id}-name`}>
      <header className="card__header">
        <span className="card__rank">
          <span className="visually-hidden">{t('card.rank', { rank })}</span>
          <span aria-hidden="true">{rank}</span>
        </span>
        <h3 id={`${id}-name`} className="card__name">{tool.name}</h3>
        <span className="status status--met card__badge">
          <StatusIcon status="met" />
          {t('card.allMustsMet')}
        </span>
      </header>
      <ScoreMeter score={result.score} />
      <ReasonList title={t('card.strongest')} verdicts={strongest} toolName={tool.name} strong />
      <ReasonList title={t('card.watch')} verdicts={watch} toolName={tool.name} />
      <div className="button-row card__actions">
        <button
          type="button"
          className="button button--secondary card__toggle"
          aria-expanded={open}
          aria-controls={`${id}-all`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('card.hideAll') : t('card.showAll', { count: result.verdicts.length })}
        </button>
        {compareWith.length ? (
          <Link className="no-print" to={paths.compare([tool.id, ...compareWith.filter((id) => id !== tool.id)].slice(0, 3))}>
            {t('card.compare')}
          </Link>
        ) : null}
      </div>
      <div id={`${id}-all`} className="card__all print-expand" hidden={!open}>
        <VerdictGroups verdicts={result.verdicts} toolName={tool.name} />
        <ToolFacts tool={tool} withFacts={open} />
      </div>
    </article>
  );
}

/** A titled list of verdicts with their reasons: the card's strongest points or its points to watch. */
function ReasonList({ title, verdicts, toolName, strong = false }: { title: string; verdicts: readonly Verdict[]; toolName: string; strong?: boolean }) {
  const { t } = useTranslation('results');
  const reasonText = useReasonText();
  if (!verdicts.length) return null;
  return (
    <>
      <h4 className="card__subtitle">{title}</h4>
      <ul className={`reason-list${strong ? ' reason-list--strong' : ''}`}>
        {verdicts.map((v) => (
          <li key={v.criterion}>
            {strong ? <StatusIcon status="met" className="reason-list__icon" /> : <StatusBadge status={v.status} />}
            <span>
              <strong>{t(`criteria.${v.criterion}`)}:</strong> {reasonText(v, toolName)}
              <FootnoteRef ids={v.footnotes} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
