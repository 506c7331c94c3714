import { memo, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool } from '../catalog/report';
import type { Catalog } from '../catalog/types';
import { StatusIcon } from '../components/icons';
import { useFormats } from '../i18n/format';
import { tiebreak, type TiebreakItem } from '../scoring/tiebreak';
import { importances, type Answers, type CriterionId, type Importance, type ToolResult } from '../scoring/types';
import { useStore } from '../state/store';
import { summaryId } from './summary-id';

/** How much a criterion matters, chosen in the line (as in the adjust panel): changing it re-ranks at once. */
const InlineImportance = memo(function InlineImportance({ criterion }: { criterion: CriterionId }) {
  const { t } = useTranslation(['results', 'settle']);
  const value = useStore((s) => s.answers.importance[criterion] ?? 'ignore');
  return (
    <select
      className="tiebreak__choice" value={value} aria-label={t('settle:howMuch', { criterion: t(`criteria.${criterion}`) })}
      onChange={(e) => useStore.getState().setImportance(criterion, e.target.value as Importance)}
    >
      {importances.map((level) => <option key={level} value={level}>{t(`importance.${level}`)}</option>)}
    </select>
  );
});

/** One criterion on which the tied tools differ: who gets which mark, and how much it matters. */
function Item({ item, catalog, ranked, hidden }: { item: TiebreakItem; catalog: Catalog; ranked: readonly ToolResult[]; hidden: boolean }) {
  const { t } = useTranslation(['results', 'settle']);
  const { list } = useFormats();
  // A mark that rests on a change since the report says so, as everywhere a verdict shows.
  const changed = (id: string) => ranked.find((r) => r.toolId === id)?.verdicts.find((v) => v.criterion === item.criterion)?.source?.kind === 'update';
  const anyChanged = item.groups.some((g) => g.tools.some(changed));
  return (
    <li className="tiebreak__item" hidden={hidden} data-criterion={item.criterion} data-source={anyChanged ? 'update' : 'report'}>
      <p className="tiebreak__line">
        <strong>{t(`criteria.${item.criterion}`)}:</strong>{' '}
        {item.groups.map((g, i) => (
          <span key={g.mark}>
            {i ? '; ' : null}
            {list(g.tools.map((id) => getTool(catalog, id)?.name ?? id))}
            {g.tools.some(changed) ? <><StatusIcon status="clock" className="tiebreak__changed" /><span className="visually-hidden"> ({t('settle:changedMark')})</span></> : null}
            : {t(`settle:marks.${g.mark}`)}
          </span>
        ))}
      </p>
      <InlineImportance criterion={item.criterion} />
    </li>
  );
}

interface Props {
  answers: Answers;
  catalog: Catalog;
  /** The tools that share the first place (two or more). */
  tied: readonly ToolResult[];
  ranked: readonly ToolResult[];
}

/**
 * "What sets them apart", right under the summary when two or more tools share the first place:
 * the criteria below "must" on which they differ, each with its own importance control, like the
 * head-to-head of a vote-advice site. Under 48rem a single button unfolds it; folded, its rows
 * remain in the DOM. Carries `data-tiebreak`.
 */
export function TiebreakBlock({ answers, catalog, tied, ranked }: Props) {
  const { t } = useTranslation(['results', 'settle']);
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const id = useId();
  const ids = tied.map((r) => r.toolId).join(',');
  // The ids stand for the tied tools: a new ranking with the same tie keeps the same items.
  const items = useMemo(() => tiebreak(catalog, answers, ids.split(',')), [catalog, answers, ids]);
  useFocusKept(id);
  if (!items.length) return <p className="tiebreak tiebreak--none" data-tiebreak="">{t('settle:none')}</p>;
  const hidden = all ? 0 : Math.max(0, items.length - shownFirst);
  return (
    <section id={`${id}-block`} className={`tiebreak${open ? ' tiebreak--open' : ''}`} data-tiebreak="" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="tiebreak__title">
        <button type="button" className="tiebreak__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          {t('settle:title', { count: items.length })}
        </button>
        <span className="tiebreak__heading">{t('settle:title', { count: items.length })}</span>
      </h2>
      <div id={id} className="tiebreak__body">
        <p className="tiebreak__intro">{t('settle:intro')}</p>
        <ul className="tiebreak__list">
          {items.map((item, i) => (
            <Item key={item.criterion} item={item} catalog={catalog} ranked={ranked} hidden={!all && i >= shownFirst} />
          ))}
        </ul>
        {hidden ? (
          <button type="button" className="button button--quiet tiebreak__more" aria-controls={id} onClick={() => setAll(true)}>
            {t('settle:more', { count: hidden })}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/**
 * The first points the block shows; the others wait behind "Show N more" (in the page, hidden),
 * so a laptop's first screen still reaches the first card.
 */
const shownFirst = 2;

/**
 * When a change made in the block ends the tie, the block goes: focus, if it was in the block,
 * moves to the summary, which says the new outcome, rather than to the top of the document.
 */
function useFocusKept(id: string) {
  useEffect(() => {
    const block = () => document.getElementById(`${id}-block`);
    let inside = false;
    const track = () => (inside = !!block()?.contains(document.activeElement));
    document.addEventListener('focusin', track);
    return () => {
      document.removeEventListener('focusin', track);
      if (inside && !block()) document.getElementById(summaryId)?.focus();
    };
  }, [id]);
}
