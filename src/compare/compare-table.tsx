import { useTranslation } from 'react-i18next';
import { EndOfSupportMark } from '../components/end-of-support';
import { Link } from 'react-router';
import { paths } from '../share/routes';
import type { Tool } from '../catalog/types';
import { ChangedRows } from '../components/changed-cell';
import { sourceAttr, VerdictItem } from '../components/verdict-item';
import type { Answers, ToolResult } from '../scoring/types';
import { CompareLabel } from './compare-label';
import type { CompareRow } from './compare-rows';
import { EligibilityBadge, ScoreText } from './compare-summary';

export interface ComparedTool {
  tool: Tool;
  result: ToolResult;
}

interface Props {
  tools: readonly ComparedTool[];
  sections: { company: CompareRow[]; others: CompareRow[] };
  answers: Answers;
}

/** The wide view: one column per tool, one row per criterion, the company's criteria first. */
export function CompareTable({ tools, sections, answers }: Props) {
  const { t } = useTranslation('compare');
  const names = tools.map((c) => c.tool.name).join(', ');
  const span = tools.length + 1;
  return (
    <table className="compare-table">
      <caption>{t('view.caption', { names })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('view.criterion')}</th>
          {tools.map(({ tool }) => (
            <th scope="col" key={tool.id} data-tool-id={tool.id}>
              {tool.name}
              {tool.endOfSupport ? <> <EndOfSupportMark tool={tool} /></> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="compare-table__group"><th scope="rowgroup" colSpan={span}>{t('view.overview')}</th></tr>
        <tr>
          <th scope="row">{t('view.eligibility')}</th>
          {tools.map(({ tool, result }) => (
            <td key={tool.id} data-tool-id={tool.id}><EligibilityBadge result={result} /></td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('view.score')}</th>
          {tools.map(({ tool, result }) => (
            <td key={tool.id} data-tool-id={tool.id}><ScoreText result={result} /></td>
          ))}
        </tr>
        <tr className="no-print">
          <th scope="row">{t('view.details')}</th>
          {tools.map(({ tool }) => (
            <td key={tool.id} data-tool-id={tool.id}>
              <Link to={paths.results}>{t('view.toResults', { tool: tool.name })}</Link>
            </td>
          ))}
        </tr>
      </tbody>
      {(['company', 'others'] as const).map((key) =>
        sections[key].length ? (
          <tbody key={key}>
            <tr className="compare-table__group">
              <th scope="rowgroup" colSpan={span}>{t(key === 'company' ? 'view.yours' : 'view.others')}</th>
            </tr>
            {sections[key].map((row) => (
              <tr key={row.criterion} className={row.differs ? 'compare-row--differs' : undefined}>
                <th scope="row"><CompareLabel row={row} answers={answers} /></th>
                {row.verdicts.map((verdict, i) => (
                  <td key={tools[i]!.tool.id} data-tool-id={tools[i]!.tool.id} data-criterion={verdict.criterion} data-source={sourceAttr(verdict)}>
                    <VerdictItem verdict={verdict} toolName={tools[i]!.tool.name} />
                    <ChangedRows tool={tools[i]!.tool} criterion={verdict.criterion} brief />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ) : null,
      )}
    </table>
  );
}
