import { useTranslation } from 'react-i18next';
import { groupVerdicts, type VerdictGroup } from '../components/highlights';
import { markOf } from '../components/mark';
import { VerdictItem } from '../components/verdict-item';
import type { Verdict } from '../scoring/types';

/**
 * Every verdict of a tool, grouped as in the report: features, stored data, data flow, security,
 * price, support. Each row carries `data-criterion` and `data-mark` (test hooks).
 */
export function VerdictGroups({ verdicts, toolName }: { verdicts: readonly Verdict[]; toolName: string }) {
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
              <li key={v.criterion} data-criterion={v.criterion} data-mark={markOf(v)}>
                <VerdictItem verdict={v} toolName={toolName} showCriterion />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
