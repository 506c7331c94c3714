import { useTranslation } from 'react-i18next';
import type { Tool } from '../catalog/types';
import { ChangedRows } from '../components/changed-cell';
import { groupVerdicts, type VerdictGroup } from '../components/verdict-grouping';
import { markOf } from '../components/mark';
import { sourceAttr, VerdictItem } from '../components/verdict-item';
import type { Verdict } from '../scoring/types';

/**
 * Every verdict of a tool, grouped as in the report: features, stored data, data flow, security,
 * price, support. Each row carries `data-criterion`, `data-mark` and `data-source` (test hooks). With current
 * data, a verdict that rests on a changed cell shows the report's value beside the new one.
 */
export function VerdictGroups({ verdicts, tool }: { verdicts: readonly Verdict[]; tool: Tool }) {
  const { t } = useTranslation(['results', 'catalog']);
  const title = (group: VerdictGroup) =>
    group === 'availability' ? t('results:card.availability') : t(`catalog:rowGroups.${group}`);
  return (
    <div className="verdict-groups">
      {groupVerdicts(verdicts).map(({ group, verdicts: list }) => (
        <section key={group} className="verdict-group">
          <h4>{title(group)}</h4>
          <ul className="verdict-list">
            {list.map((v) => (
              <li key={v.criterion} data-criterion={v.criterion} data-mark={markOf(v)} data-source={sourceAttr(v)}>
                <VerdictItem verdict={v} toolName={tool.name} showCriterion />
                <ChangedRows tool={tool} criterion={v.criterion} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
