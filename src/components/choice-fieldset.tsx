import { useId } from 'react';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string> {
  /** The radios' name: unique on the page. */
  name: string;
  legend: string;
  /** Hide the legend when the page's h1 already asks the same question. */
  legendHidden?: boolean;
  hint?: string;
  /** A second line under the hint, such as "suggested because…"; also read with the legend. */
  note?: string;
  options: readonly ChoiceOption<T>[];
  /** Null: nothing chosen yet. */
  value: T | null;
  onChange: (value: T) => void;
  /** Three short options side by side on a wide screen, stacked on a phone. */
  segmented?: boolean;
}

/**
 * A radio group as large tap targets: a fieldset named by its legend, native radios (so arrow
 * keys move between them). Each option is named by its label; its hint is its description.
 */
export function ChoiceFieldset<T extends string>({ name, legend, legendHidden, hint, note, options, value, onChange, segmented }: Props<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  const describedBy = [hint ? hintId : '', note ? noteId : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="choice-group" aria-describedby={describedBy || undefined}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      {note ? <p id={noteId} className="field-note">{note}</p> : null}
      <div className={segmented ? 'choices choices--segmented' : 'choices'}>
        {options.map((option) => {
          const labelId = `${id}-${option.value}`;
          return (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-labelledby={labelId}
                aria-describedby={option.hint ? `${labelId}-hint` : undefined}
              />
              <span className="choice__text">
                <span id={labelId} className="choice__label">{option.label}</span>
                {option.hint ? <span id={`${labelId}-hint`} className="choice__hint">{option.hint}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
