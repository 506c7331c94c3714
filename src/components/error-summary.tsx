import { useEffect, useRef, type MouseEvent } from 'react';

export interface FieldError {
  /** The id of the input the message belongs to. */
  fieldId: string;
  message: string;
}

interface Props {
  title: string;
  errors: readonly FieldError[];
  /** Changes on every failed submit, so the summary takes focus again even when the errors stay the same. */
  focusKey: number;
}

// GOV.UK: move focus to the field and bring its label into view, so the question is visible too.
function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${fieldId}"]`) ?? field;
  label.scrollIntoView?.({ block: 'start' });
  field.focus({ preventScroll: true });
}

/** The list of problems at the top of a form, each linking to its field. Takes focus after a failed submit. */
export function ErrorSummary({ title, errors, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;

  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [focusKey, shown]);

  if (!shown) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a href={`#${e.fieldId}`} onClick={(event) => goToField(event, e.fieldId)}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
