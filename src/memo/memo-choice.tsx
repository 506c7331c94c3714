import { useTranslation } from 'react-i18next';
import type { Tool } from '../catalog/types';
import { EndOfSupportMark } from '../components/end-of-support';
import { strongestVerdicts } from '../components/highlights';
import { ToolChecklist } from '../components/tool-checklist';
import { sourceAttr, VerdictReason } from '../components/verdict-item';
import type { ToolResult } from '../scoring/types';

/**
 * "Our choice": the tool, its score, its strongest points and, in full, what to do before you start
 * (its tips among them), on the data set and answers the memo was ranked on.
 */
export function MemoChoice({ result, tool, how }: { result: ToolResult; tool: Tool; how: string }) {
  const { t } = useTranslation(['memo', 'results', 'tools', 'checklist']);
  return (
    <section className="memo__block memo__choice">
      <h2>
        {t('memo:choiceTitle', { tool: tool.name })} <EndOfSupportMark tool={tool} />
      </h2>
      <p>
        <strong>{result.score === null ? t('memo:noScore') : t('memo:score', { score: result.score })}</strong>
        {' · '}
        <span className="memo__choice-note">{how}</span>
      </p>
      <h3>{t('memo:strongest')}</h3>
      <ul className="memo__list">
        {strongestVerdicts(result).map((v) => (
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
