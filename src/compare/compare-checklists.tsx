import { useTranslation } from 'react-i18next';
import type { DataSet } from '../catalog/types';
import { ToolChecklist } from '../components/tool-checklist';
import type { Answers } from '../scoring/types';
import type { ComparedTool } from './compare-table';

interface Props {
  tools: readonly ComparedTool[];
  answers: Answers;
  dataSet: DataSet;
}

/**
 * "Before you start" for each compared tool, in the table's order: one column per tool on a wide
 * screen, one after the other on a phone. A tool that does not fit says so instead.
 */
export function CompareChecklists({ tools, answers, dataSet }: Props) {
  const { t } = useTranslation('checklist');
  return (
    <section className="compare-checklists" aria-labelledby="compare-checklists-title">
      <h2 id="compare-checklists-title">{t('title')}</h2>
      <p>{t('compareIntro')}</p>
      <div className={`compare-checklists__columns compare-checklists__columns--${tools.length}`}>
        {tools.map(({ tool, result }) => (
          // Named "Before you start: <tool>", not by the tool's name alone: the comparison's cards
          // above are regions named by the tool, and two landmarks of one name cannot be told apart.
          <section key={tool.id} className="compare-checklists__tool" aria-label={t('titleFor', { tool: tool.name })}>
            <h3 className="compare-checklists__name">{tool.name}</h3>
            {result.eligible ? (
              <ToolChecklist tool={tool} result={result} answers={answers} dataSet={dataSet} intro={false} />
            ) : (
              <p className="compare-checklists__none">{t('notEligible', { tool: tool.name })}</p>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
