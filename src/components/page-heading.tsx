import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The first page a visitor lands on keeps focus at the top of the document;
// every page after that moves focus to its heading, so screen readers announce the new page.
let firstPageShown = false;

/** Only for tests: make the next page behave as the first one. */
export function resetPageFocusForTests() {
  firstPageShown = false;
}

interface Props {
  children: ReactNode;
  /** The document title; defaults to the heading's text. */
  title?: string;
  /** Small text above the heading, e.g. "Question 3 of 8". */
  caption?: ReactNode;
}

/** The page's h1. Sets the document title and takes focus after in-app navigation. */
export function PageHeading({ children, title, caption }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const text = title ?? (typeof children === 'string' ? children : '');

  useEffect(() => {
    document.title = text ? `${text} – ${t('app.name')}` : t('app.name');
  }, [text, t]);

  useEffect(() => {
    if (firstPageShown) ref.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);

  return (
    <div className="page-heading">
      {caption ? <p className="page-heading__caption">{caption}</p> : null}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
