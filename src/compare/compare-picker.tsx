import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyToolId, Tool } from '../catalog/types';
import { MAX_COMPARE, MIN_COMPARE } from './compare-selection';

interface Props {
  /** The tools to choose from: the report's, then own tools the ranking includes. */
  tools: readonly Tool[];
  chosen: readonly AnyToolId[];
  onToggle: (id: AnyToolId, on: boolean) => void;
}

/** A checkbox per tool; at the maximum the unticked ones are disabled, and a hint says why. */
export function ComparePicker({ tools, chosen, onToggle }: Props) {
  const { t } = useTranslation('compare');
  const id = useId();
  const full = chosen.length >= MAX_COMPARE;
  const missing = MIN_COMPARE - chosen.length;
  return (
    <fieldset className="compare-picker no-print" aria-describedby={`${id}-hint ${id}-state`}>
      <legend>{t('view.picker.legend')}</legend>
      <p className="field-hint" id={`${id}-hint`}>{t('view.picker.hint')}</p>
      <div className="choices compare-picker__choices">
        {tools.map((tool) => {
          const checked = chosen.includes(tool.id);
          return (
            <label key={tool.id} className="choice compare-picker__choice">
              <input
                type="checkbox"
                name="tools"
                value={tool.id}
                checked={checked}
                disabled={full && !checked}
                aria-describedby={full && !checked ? `${id}-state` : undefined}
                onChange={(e) => onToggle(tool.id, e.target.checked)}
              />
              <span className="choice__text">{tool.name}{tool.own ? <span className="compare-picker__own"> ({tool.own.by})</span> : null}</span>
            </label>
          );
        })}
      </div>
      <div id={`${id}-state`} role="status" className="compare-picker__state">
        <p>{t('view.picker.count', { count: chosen.length })}</p>
        {full ? <p className="compare-picker__limit">{t('view.picker.full')}</p> : null}
        {missing > 0 ? <p className="compare-picker__limit">{t('view.picker.tooFew', { count: missing })}</p> : null}
      </div>
    </fieldset>
  );
}
