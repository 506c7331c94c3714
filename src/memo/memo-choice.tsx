import { useTranslation } from 'react-i18next';
import { getTool } from '../catalog/report';
import type { Catalog, Tool } from '../catalog/types';
import { EndOfSupportMark } from '../components/end-of-support';
import { FirmnessText } from '../components/firmness-text';
import { strongestVerdicts } from '../components/highlights';
import { ToolChecklist } from '../components/tool-checklist';
import { sourceAttr, VerdictReason } from '../components/verdict-item';
import { useFormats } from '../i18n/format';
import type { Firmness } from '../scoring/firmness';
import type { ToolResult } from '../scoring/types';

/**
 * The chosen tool: its score, how firm the top is (tied with whom, or the leader's lead and what
 * would change it), its strongest points among the tools that fit and, in full, what to do before
 * you start, on the data set and answers the memo was ranked on.
 */
export function MemoChoice({ result, tool, eligible, firmness, catalog }: { result: ToolResult; tool: Tool; eligible: readonly ToolResult[]; firmness: Firmness; catalog: Catalog }) {
  const { t } = useTranslation(['memo', 'results', 'tools', 'checklist', 'settle']);
  const { list } = useFormats();
  // One line on the top: tied with the others of the first place, or how firm the lead is.
  const tiedWith = firmness.kind === 'tie' && firmness.tools.includes(result.toolId) ? firmness.tools.filter((id) => id !== result.toolId) : [];
  return (
    <section className="memo__block memo__choice">
      <h2>
        {t('memo:choiceTitle', { tool: tool.name })} <EndOfSupportMark tool={tool} />
      </h2>
      <p>
        <strong>{result.score === null ? t('memo:noScore') : t('memo:score', { score: result.score })}</strong>
        {' · '}
        <span className="memo__choice-note">{t('memo:choiceHow')}</span>
      </p>
      {tiedWith.length ? <p data-firmness="tie">{t('settle:tiedWith', { tools: list(tiedWith.map((id) => getTool(catalog, id)?.name ?? id)) })}</p> : null}
      {firmness.kind === 'lead' ? <p data-firmness={firmness.change ? 'change' : 'firm'}><FirmnessText firmness={firmness} catalog={catalog} /></p> : null}
      <h3>{t('memo:strongest')}</h3>
      <ul className="memo__list">
        {strongestVerdicts(result, eligible).map((v) => (
          <li key={v.criterion} data-criterion={v.criterion} data-source={sourceAttr(v)}>
            <strong>{t(`results:criteria.${v.criterion}`)}:</strong> <VerdictReason verdict={v} toolName={tool.name} />
          </li>
        ))}
      </ul>
      <h3>{t('checklist:title')}</h3>
      <ToolChecklist tool={tool} result={result} headingLevel={4} compact />
    </section>
  );
}

/**
 * No tool chosen: the tools that share the first place, with their shared score, and how firm a
 * lone leader is. Choosing one on the results page adds its "before you start" list.
 */
export function MemoBest({ top, firmness, catalog, notFitting }: { top: readonly ToolResult[]; firmness: Firmness; catalog: Catalog; notFitting?: string }) {
  const { t } = useTranslation(['memo', 'results']);
  const { list } = useFormats();
  const score = top[0]!.score;
  return (
    <section className="memo__block memo__choice" data-best={top.map((r) => r.toolId).join(' ')}>
      <h2>{t('memo:bestTitle')}</h2>
      <p>
        <strong>{list(top.map((r) => getTool(catalog, r.toolId)?.name ?? r.toolId))}</strong>
        {' · '}
        {score === null ? t('memo:bestNoScore') : t('memo:bestScore', { score, count: top.length })}
      </p>
      {notFitting ? <p>{t('memo:chosenNotFitting', { marked: notFitting })}</p> : null}
      {firmness.kind === 'lead' ? <p data-firmness={firmness.change ? 'change' : 'firm'}><FirmnessText firmness={firmness} catalog={catalog} /></p> : null}
      <p>{t('memo:bestChoose')}</p>
    </section>
  );
}
