import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool } from '../catalog/report';
import { Callout } from '../components/callout';
import { ourChoice } from '../components/our-choice';
import { useCatalog } from '../components/use-catalog';
import { useAnswers, useRanking } from '../components/use-ranking';
import { useStore } from '../state/store';

/**
 * "Our choice" for the memo: one of the tools that fit, the first unless the consultant picks
 * another. A marked tool that no longer fits the answers is kept (it comes back when they fit
 * again), and the memo uses the first tool meanwhile, which this says.
 */
export function ChoicePicker() {
  const { t } = useTranslation('sharing');
  const id = useId();
  const catalog = useCatalog(useStore((s) => s.dataSet));
  const { eligible } = useRanking(useAnswers(), catalog);
  const marked = useStore((s) => s.choice);
  const setChoice = useStore((s) => s.setChoice);
  const chosen = ourChoice(marked, eligible);
  if (!chosen) return null;
  const name = (toolId: string) => getTool(catalog, toolId)?.name ?? toolId;
  return (
    <div className="choice-picker">
      <label htmlFor={id} className="adjust__label">{t('memo.choiceLabel')}</label>
      <p id={`${id}-hint`} className="field-hint">{t('memo.choiceHint')}</p>
      <select
        id={id}
        className="text-input choice-picker__select"
        value={chosen.result.toolId}
        aria-describedby={`${id}-hint`}
        data-our-choice={chosen.result.toolId}
        onChange={(e) => setChoice(e.target.value === eligible[0]?.toolId && !marked ? null : e.target.value)}
      >
        {eligible.map((r, i) => (
          <option key={r.toolId} value={r.toolId}>
            {t('memo.choiceOption', { rank: i + 1, tool: name(r.toolId) })}
          </option>
        ))}
      </select>
      {chosen.source === 'fellBack' && chosen.marked ? (
        <Callout tone="warning" role="status" className="choice-picker__note">
          <p>{t('memo.choiceFellBack', { marked: name(chosen.marked), first: name(chosen.result.toolId) })}</p>
        </Callout>
      ) : null}
    </div>
  );
}
