import { useId, useState, type ReactNode } from 'react';

interface Props {
  /** The button's text while closed and while open. */
  show: string;
  hide: string;
  /** Rendered only while open, so a closed part costs nothing (unless `keepMounted`). */
  children: (open: boolean) => ReactNode;
  /** Keep the part in the page while closed (hidden), for content other parts of the page refer to. */
  keepMounted?: boolean;
  className?: string;
  buttonClassName?: string;
  /** Test hooks and the like, on the part that opens. */
  regionProps?: Record<string, string>;
}

/** A button with `aria-expanded` that shows a part of the page below it. */
export function Disclosure({ show, hide, children, className, buttonClassName = 'button button--secondary', regionProps, keepMounted = false }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={className}>
      <button type="button" className={buttonClassName} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? hide : show}
      </button>
      <div id={id} className="disclosure__body" hidden={!open} {...regionProps}>
        {open || keepMounted ? children(open) : null}
      </div>
    </div>
  );
}
