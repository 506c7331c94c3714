import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tool } from '../catalog/types';
import { Disclosure } from '../components/disclosure';
import { LazyPart } from '../components/lazy-part';
import { EndOfSupportMark } from '../components/end-of-support';
import { strongestVerdicts, watchPoints } from '../components/highlights';
import { StatusIcon } from '../components/icons';
import { Mark, markOf } from '../components/mark';
import { ownParts } from '../components/use-catalog';
import { sourceAttr, VerdictReason } from '../components/verdict-item';
import { useFormats } from '../i18n/format';
import type { ToolResult, Verdict } from '../scoring/types';
import { paths } from '../share/routes';
import { useStore } from '../state/store';
import { ScoreMeter } from './score-meter';

interface Props {
  result: ToolResult;
  /** The tool as the data in use has it (the report's, or with the known changes). */
  tool: Tool;
  /** Its place among the tools that fit, shared in a tie (1, 1, 1, 4); none for a tool that does not fit. */
  rank?: number;
  /** Whether another tool shares that place. */
  shared?: boolean;
  /** The tools that fit, to find what sets this one apart; none for a tool that does not fit. */
  fitting?: readonly ToolResult[];
  /** The best fits, to offer a comparison with. */
  compareWith?: readonly string[];
  /** Only the header, for a card kept in the page while its list is closed. */
  compact?: boolean;
  /** The user marked this tool as chosen. */
  chosen?: boolean;
}

const sameVerdict = (a: Verdict, b: Verdict) =>
  a.criterion === b.criterion && a.status === b.status && a.importance === b.importance && a.reason === b.reason
  && a.footnotes.join() === b.footnotes.join() && JSON.stringify(a.params) === JSON.stringify(b.params)
  && JSON.stringify(a.source) === JSON.stringify(b.source);

/** A card draws again only when what it shows changed: each ranking makes new, equal results. */
function sameProps(a: Props, b: Props): boolean {
  return a.tool === b.tool && a.rank === b.rank && a.shared === b.shared && a.fitting === b.fitting && a.compact === b.compact && a.chosen === b.chosen
    && (a.compareWith ?? []).join() === (b.compareWith ?? []).join()
    && a.result.toolId === b.result.toolId && a.result.eligible === b.result.eligible && a.result.score === b.result.score
    && a.result.verdicts.length === b.result.verdicts.length && a.result.verdicts.every((v, i) => sameVerdict(v, b.result.verdicts[i]!));
}

/**
 * One tool: rank, name, badge and end of support; score and its strongest points, or why it
 * does not fit; and every verdict with the report's facts one step away, rendered only when opened.
 */
export const ToolCard = memo(function ToolCard({ result, tool, rank, shared = false, fitting = [], compareWith = [], compact = false, chosen = false }: Props) {
  const { t } = useTranslation('results');
  const { list } = useFormats();
  const fits = result.eligible;
  const nameId = `card-${tool.id}`;
  // A must-have met as n.v.t. is not plainly met: the badge says so, and a line names which.
  const naMusts = fits ? result.verdicts.filter((v) => v.importance === 'must' && v.reason === 'notApplicable') : [];
  const Own = tool.own && ownParts();

  return (
    <article className={fits ? 'card' : 'card card--unsuitable'} data-tool-id={tool.id} data-source={tool.own && 'own'} data-eligible={String(fits)} data-rank={fits && rank ? rank : undefined} aria-labelledby={nameId}>
      <header className="card__header">
        {rank ? (
          <span className={shared ? 'card__rank card__rank--shared' : 'card__rank'}>
            <span className="visually-hidden">{t(shared ? 'card.rankShared' : 'card.rank', { rank })}</span>
            <span aria-hidden="true">{rank}</span>
          </span>
        ) : null}
        <h3 id={nameId} className="card__name">{tool.name}</h3>
        {/* Next to the name: on a phone the top card's name and its score then fit the first screen together. */}
        {fits && !compact ? <ScoreMeter score={result.score} /> : null}
        <div className="card__badges">
          <span className={`status card__badge status--${fits ? 'met' : 'unmet'}`}>
            <StatusIcon status={fits ? 'met' : 'unmet'} />
            {t(!fits ? 'unsuitable.badge' : naMusts.length ? 'card.allMustsMetNa' : 'card.allMustsMet')}
          </span>
          <EndOfSupportMark tool={tool} />
          {Own && <Own.OwnMark tool={tool} />}
          {chosen ? <span className="status status--info card__chosen" data-our-choice><StatusIcon status="met" />{t('card.chosen')}</span> : null}
        </div>
      </header>
      {naMusts.length ? (
        <p className="card__na" data-not-applicable={naMusts.map((v) => v.criterion).join(' ')}>
          {t('card.notApplicableMusts', { tool: tool.name, criteria: list(naMusts.map((v) => t(`criteria.${v.criterion}`))) })}
        </p>
      ) : null}
      {compact ? null : fits ? (
        <>
          <Strongest result={result} fitting={fitting} toolName={tool.name} />
          <ReasonList title={t('card.watch')} verdicts={watchPoints(result)} toolName={tool.name} />
        </>
      ) : (
        <ReasonList title={t('unsuitable.why')} verdicts={result.blockers} toolName={tool.name} />
      )}
      {compact ? null : <div className="card__actions">
        <Disclosure className="card__more" show={t('card.showAll', { count: result.verdicts.length })} hide={t('card.hideAll')}>
          {() => <LazyPart load={loadDetails} props={{ result, tool }} namespaces={detailTexts} />}
        </Disclosure>
        {fits ? (
          // Its name stays the same open or closed (aria-expanded says which), so it can be found by it.
          <Disclosure className="card__checklist" show={t('card.checklist')} hide={t('card.checklist')}>
            {() => <LazyPart load={loadChecklist} props={{ result, tool }} namespaces={checklistTexts} />}
          </Disclosure>
        ) : null}
        {fits ? (
          <div className="card__row">
            <ChoiceButton toolId={tool.id} toolName={tool.name} chosen={chosen} />
            {compareWith.length ? (
              <Link className="card__compare" to={paths.compare([tool.id, ...compareWith.filter((id) => id !== tool.id)].slice(0, 3))}>
                {t('card.compare')}
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>}
    </article>
  );
}, sameProps);

// Every verdict and the report's prose about a tool, with their words, load when a card first opens.
// The verdicts' disclosure comes first in the card (a test hook: automated checks open "the card's
// disclosure button"); the changes since the report sit inside it, collapsed in their turn.
const loadDetails = () => import('./card-details').then((m) => ({ default: m.CardDetails }));
// "Before you start" (eligible cards only), after the verdicts' button: its code, the report's prose
// and its words load when it is first opened.
const loadChecklist = () => import('../components/tool-checklist').then((m) => ({ default: m.ToolChecklist }));
// The catalog's words (rows, groups, general tips) load with what names them, not with the first screen.
const checklistTexts = ['checklist', 'tools', 'catalog'] as const;
const detailTexts = ['catalog'] as const;

/**
 * Marks this tool as chosen (for the memo and the link); pressed when it is. Pressing it again
 * takes the mark away: no tool is chosen until the user marks one.
 */
function ChoiceButton({ toolId, toolName, chosen }: { toolId: string; toolName: string; chosen: boolean }) {
  const { t } = useTranslation('results');
  const setChoice = useStore((s) => s.setChoice);
  return (
    <button type="button" className="button button--quiet card__choose no-print" aria-pressed={chosen} onClick={() => setChoice(chosen ? null : toolId)}>
      {chosen ? <span aria-hidden="true">✓ </span> : null}
      {t('card.choose')}
      <span className="visually-hidden">: {toolName}</span>
    </button>
  );
}

/**
 * What speaks for the tool among the others that fit: its strongest points, or one line when
 * nothing sets it apart (the must-haves they all meet are in the summary).
 */
function Strongest({ result, fitting, toolName }: { result: ToolResult; fitting: readonly ToolResult[]; toolName: string }) {
  const { t } = useTranslation('results');
  const verdicts = strongestVerdicts(result, fitting);
  if (verdicts.length) return <ReasonList title={t('card.strongest')} verdicts={verdicts} toolName={toolName} strong />;
  // Alone, with nothing weighed beyond what the summary says, there is nothing to set apart from.
  if (fitting.length < 2) return null;
  return <p className="card__plain">{t('card.noStrongest', { tool: toolName })}</p>;
}

/** A titled list of verdicts with their reasons: the strongest points, the points to watch, or the blockers. */
function ReasonList({ title, verdicts, toolName, strong = false }: { title: string; verdicts: readonly Verdict[]; toolName: string; strong?: boolean }) {
  const { t } = useTranslation('results');
  if (!verdicts.length) return null;
  return (
    <>
      <h4 className="card__subtitle">{title}</h4>
      <ul className={`reason-list${strong ? ' reason-list--strong' : ''}`}>
        {verdicts.map((v) => (
          <li key={v.criterion} data-criterion={v.criterion} data-source={sourceAttr(v)}>
            {strong ? <StatusIcon status="met" className="reason-list__icon" /> : <Mark kind={markOf(v)} />}
            <span>
              <strong>{t(`criteria.${v.criterion}`)}:</strong> <VerdictReason verdict={v} toolName={toolName} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
