import { useTranslation } from 'react-i18next';
import type { Verdict } from '../scoring/types';
import { VerdictItem } from '../components/verdict-item';
import { groupVerdicts, type VerdictGroup } from './highlights';

/** Every verdict of a tool, grouped as in the report: features, stored data, data flow, security, price, support. */
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
              <li key={v.criterion}>
                <VerdictItem verdict={v} toolName={toolName} showCriterion />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
