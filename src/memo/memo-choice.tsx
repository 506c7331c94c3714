import { useTranslation } from 'react-i18next';
import { toolText } from '../catalog/text';
import type { Tool } from '../catalog/types';
import { catalogToolText } from '../components/catalog-text';
import { EndOfSupportMark } from '../components/end-of-support';
import { FootnoteRef } from '../components/footnote-ref';
import { strongestVerdicts } from '../components/highlights';
import { useReasonText } from '../components/verdict-item';
import type { ToolResult } from '../scoring/types';

/** "Our choice": the tool, its score, its strongest points and the report's tips for it. */
export function MemoChoice({ result, tool }: { result: ToolResult; tool: Tool }) {
  const { t } = useTranslation(['memo', 'results', 'tools']);
  const reasonText = useReasonText();
  const tips = toolText(tool.id).facts.filter((f) => f.topic === 'tip');
  return (
    <section className="memo__block memo__choice">
      <h2>
        {t('memo:choiceTitle', { tool: tool.name })} <EndOfSupportMark tool={tool} />
      </h2>
      <p className="memo__choice-note">{t('memo:choiceFirst')}</p>
      <p><strong>{result.score === null ? t('memo:noScore') : t('memo:score', { score: result.score })}</strong></p>
      <h3>{t('memo:strongest')}</h3>
      <ul className="memo__list">
        {strongestVerdicts(result).map((v) => (
          <li key={v.criterion}>
            <strong>{t(`results:criteria.${v.criterion}`)}:</strong> {reasonText(v, tool.name)}
            <FootnoteRef ids={v.footnotes} />
          </li>
        ))}
      </ul>
      {tips.length ? (
        <>
          <h3>{t('memo:tips', { tool: tool.name })}</h3>
          <ul className="memo__list">
            {tips.map((f) => (
              <li key={f.id}>{catalogToolText(t, tool.id, 'facts', f.id)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
