import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../share/routes';
import { ChangedRows } from '../components/changed-cell';
import { EndOfSupportMark } from '../components/end-of-support';
import { sourceAttr, VerdictItem } from '../components/verdict-item';
import type { Answers } from '../scoring/types';
import { CompareLabel } from './compare-label';
import type { CompareRow } from './compare-rows';
import { EligibilityBadge, ScoreText } from './compare-summary';
import type { ComparedTool } from './compare-table';

interface Props {
  tools: readonly ComparedTool[];
  sections: { company: CompareRow[]; others: CompareRow[] };
  answers: Answers;
}

/** The narrow view: one card per tool, stacked, so a phone never scrolls sideways. */
export function CompareCards({ tools, sections, answers }: Props) {
  const { t } = useTranslation('compare');
  return (
    <div className="compare-cards">
      {tools.map(({ tool, result }, i) => (
        <section key={tool.id} className="compare-card" data-tool-id={tool.id} aria-labelledby={`compare-card-${tool.id}`}>
          <h2 id={`compare-card-${tool.id}`} className="compare-card__title">{tool.name}</h2>
          <EndOfSupportMark tool={tool} />
          <dl className="compare-card__summary">
            <div><dt>{t('view.eligibility')}</dt><dd><EligibilityBadge result={result} /></dd></div>
            <div><dt>{t('view.score')}</dt><dd><ScoreText result={result} /></dd></div>
          </dl>
          <p className="no-print"><Link to={paths.results}>{t('view.toResults', { tool: tool.name })}</Link></p>
          {(['company', 'others'] as const).map((key) =>
            sections[key].length ? (
              <div key={key}>
                <h3 className="compare-card__group">{t(key === 'company' ? 'view.yours' : 'view.others')}</h3>
                <ul className="compare-card__list">
                  {sections[key].map((row) => (
                    <li key={row.criterion} className={row.differs ? 'compare-row--differs' : undefined} data-criterion={row.criterion} data-source={sourceAttr(row.verdicts[i]!)}>
                      <p className="compare-card__label"><CompareLabel row={row} answers={answers} /></p>
                      <VerdictItem verdict={row.verdicts[i]!} toolName={tool.name} />
                      <ChangedRows tool={tool} criterion={row.criterion} brief />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
        </section>
      ))}
    </div>
  );
}
