import { use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toolText } from '../catalog/text';
import type { DataSet, Tool, Update } from '../catalog/types';
import { byGroup, checklist, type ChecklistItem } from '../checklist';
import { useFormats, useLang } from '../i18n/format';
import type { Answers, ToolResult } from '../scoring/types';
import { useStore } from '../state/store';
import { catalogToolText } from './catalog-text';
import { FootnoteRef } from './footnote-ref';
import { StatusIcon } from './icons';
import { loadUpdates, ownParts, useCatalog } from './use-catalog';
import { reasonParams } from './verdict-item';
import './checklist.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;
const noUpdates: readonly Update[] = [];

interface Props {
  tool: Tool;
  result: ToolResult;
  /** The answers and data set the result was ranked on; the stored ones when left out. */
  answers?: Answers;
  dataSet?: DataSet;
  /** The level of the group headings, so they sit in the page's outline. */
  headingLevel?: 3 | 4;
  /**
   * Smaller, for the printed memo, which prints the report's general tips in a section of its own:
   * here they are then named once, not repeated.
   */
  compact?: boolean;
  /** The sentence above the list (left out where a page says it once for several tools, and in the memo). */
  intro?: boolean;
}

/**
 * "Before you start" for one tool: what to arrange before using it, in groups, each point with
 * its source (a footnote, a row of the table, a chapter of the report, a change since the report).
 * Its words are the `checklist`, `tools` and `catalog` namespaces. Carries `data-checklist-for`.
 */
export function ToolChecklist({ tool, result, answers: given, dataSet: givenData, headingLevel = 4, compact = false, intro = !compact }: Props) {
  const { t } = useTranslation(['checklist', 'catalog', 'results', 'tools']);
  const lang = useLang();
  const { date, list, number } = useFormats();
  const stored = useStore((s) => s.answers);
  const storedData = useStore((s) => s.dataSet);
  const answers = given ?? stored;
  const dataSet = givenData ?? storedData;
  const { footnotes } = useCatalog(dataSet);
  // The changes since the report count only on current data; they are loaded by then.
  const updates = dataSet === 'current' ? use(loadUpdates()).updatesFor(tool.id) : noUpdates;
  const all = checklist({ tool, result, answers, text: toolText(tool.id), footnotes, updates });
  const items = compact ? all.filter((i) => i.code !== 'generalTip') : all;
  const loose = t as unknown as LooseT;
  const Heading = `h${headingLevel}` as const;

  const words = (item: ChecklistItem): string => {
    const { source, params } = item;
    // A login fact becomes the step it asks for (`checklist:login.<factId>`), citing the fact's
    // chapter; a tip of the report is already a step, and shows as the report gives it.
    if (source.kind === 'fact' && item.code === 'loginFact') return loose(`checklist:login.${source.factId}`, { tool: tool.name });
    if (source.kind === 'fact') return catalogToolText(t, tool.id, 'facts', source.factId, reasonParams(params, loose, lang));
    if (source.kind === 'generalTip') return t(`catalog:generalTips.${source.id}`);
    if (item.code === 'update' && source.kind === 'update') return loose(`checklist:updates.${source.updateId}`, { tool: tool.name });
    const criteria = String(params?.criteria ?? '').split(',').filter(Boolean).map((c) => loose(`results:criteria.${c}`));
    // A condition that came with a change says so: `<code>_cited`; one from an own list, `<code>_own`.
    return loose(`checklist:items.${item.code}${source.kind === 'update' ? '_cited' : source.kind === 'own' ? '_own' : ''}`, {
      tool: tool.name, criteria: list(criteria),
      // An own list's source, in the words a verdict on it uses (the own tools' parts are loaded with them).
      source: source.kind === 'own' ? ownParts()?.ownSourceText(source.id, loose, date) : undefined,
      max: number(Number(params?.max ?? 0)), participants: number(Number(params?.participants ?? 0)),
    });
  };

  return (
    <div className={compact ? 'tool-checklist tool-checklist--compact' : 'tool-checklist'} data-checklist-for={tool.id}>
      {intro ? <p className="tool-checklist__intro">{t('checklist:intro', { tool: tool.name })}</p> : null}
      {byGroup(items).map(({ group, items: inGroup }) => (
        <div key={group} className="tool-checklist__group">
          <Heading className="tool-checklist__title">{t(`checklist:groups.${group}`)}</Heading>
          <ul className="tool-checklist__list">
            {inGroup.map((item) => (
              <li key={keyOf(item)} data-checklist-item={item.code} data-update-id={item.code === 'update' && item.source.kind === 'update' ? item.source.updateId : undefined}>
                <span className="tool-checklist__text">{words(item)}</span>{' '}
                <SourceNote item={item} updates={updates} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {compact && items.length < all.length ? <p className="tool-checklist__more">{t('checklist:generalTipsBelow')}</p> : null}
    </div>
  );
}

const keyOf = ({ code, source }: ChecklistItem) =>
  `${code}:${source.kind === 'footnote' || source.kind === 'own' || source.kind === 'generalTip' ? source.id : source.kind === 'row' ? source.row : source.kind === 'fact' ? source.factId : source.updateId}`;

/** Where a point comes from, in small type after it. */
function SourceNote({ item, updates }: { item: ChecklistItem; updates: readonly Update[] }) {
  const { t } = useTranslation(['checklist', 'catalog']);
  const { date } = useFormats();
  const { source } = item;
  let where: ReactNode;
  if (source.kind === 'footnote') where = <>{t('checklist:source.footnote')}<FootnoteRef ids={[source.id]} /></>;
  else if (source.kind === 'row') where = t('checklist:source.row', { row: t(`catalog:rows.${source.row}`) });
  // An own list's point names its source in its own words already.
  else if (source.kind === 'own') return null;
  else if (source.kind === 'fact' || source.kind === 'generalTip') {
    where = <>{t(`checklist:source.${source.kind}`)} <cite lang="nl">{source.section}</cite></>;
  } else {
    const update = updates.find((u) => u.id === source.updateId);
    // The changed-cell marker, as beside a verdict that rests on a change.
    where = update ? (
      <span className="verdict-change" data-changed-marker data-update-id={update.id}>
        <StatusIcon status="clock" /> {t('checklist:source.update', { date: date(update.date), publisher: update.source.publisher })}
      </span>
    ) : null;
  }
  return <span className="tool-checklist__source">({t('checklist:source.label')} {where})</span>;
}
